/** Words for statuses and scopes, shared by the badge, the summary sentence and the pages. */
import { t, type Lang } from '$lib/i18n';
import { CLOSURE_KINDS, SEVERITY_OF, STATUS_VOCABULARY, type Status } from './vocabulary';
import type { Location, Scope } from './types';

/** A route's words: a route carries trade, so its status needs no scope. */
const ROUTE_STATUSES = new Set<Status>(STATUS_VOCABULARY.corridor);
/** A crossing's or port's open word says what it is open to, not that nothing else passes. */
const OPENING = new Set<Status>(
	STATUS_VOCABULARY.crossing.filter((word) => SEVERITY_OF[word] === 'ok')
);
/** Words that stop traffic (a crossing's, port's or route's) name what they stop ("closed to trade"). */
const STOPPING = new Set<Status>(
	CLOSURE_KINDS.flatMap((kind) => STATUS_VOCABULARY[kind]).filter(
		(word) => SEVERITY_OF[word] === 'stopped'
	)
);

/**
 * A place's everyday name, for map labels and the summary: its name in `lang` (English where no
 * source gives one) without the parenthesised detail.
 * @example shortName({ en: 'Chaman–Spin Boldak (Friendship Gate)' }) // "Chaman–Spin Boldak"
 */
export function shortName(
	names: Location['names'] | Pick<Location['names'], 'en'>,
	lang: Lang = 'en'
): string {
	const name = (lang === 'en' ? undefined : (names as Location['names'])[lang]) ?? names.en;
	return name.replace(/\s*\([^)]*\)\s*$/, '');
}

/**
 * A status with its scope. A stopping status names what it stops ("closed to trade"); `open`
 * names what it is open to ("open to trade": other traffic is not reported); a restricting one
 * names what still passes ("restricted to returnees only"). A route carries trade by
 * definition, so "operating to trade only" is just "operating".
 * @example statusPhrase('closed', 'trade') // "closed to trade"
 * @example statusPhrase('open', 'trade') // "open to trade"
 * @example statusPhrase('unknown', 'all') // "status: no reporting found"
 */
export function statusPhrase(status: Status, scope: Scope, lang: Lang = 'en'): string {
	if (status === 'unknown') return t(lang, 'status.notReported');
	const word = t(lang, `status.${status}`);
	if (scope === 'all' || (scope === 'trade' && ROUTE_STATUSES.has(status))) return word;
	const template = STOPPING.has(status)
		? 'status.withScope.stops'
		: OPENING.has(status)
			? 'status.withScope.opens'
			: 'status.withScope.passes';
	return t(lang, template, {
		status: word,
		scope: t(lang, `scope.inPhrase.${scope}`)
	});
}

/** Like {@link statusPhrase}, but a bare "not reported" where a badge stands beside a name. */
export function statusLabel(status: Status, scope: Scope, lang: Lang = 'en'): string {
	return status === 'unknown' ? t(lang, 'status.unknown') : statusPhrase(status, scope, lang);
}
