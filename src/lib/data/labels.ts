/**
 * Rules for naming places and statuses, as codes: a place's short name, and the shape of the
 * phrase for a status and scope. The words themselves live in i18n (see i18n/phrases.ts).
 */
import type { Lang } from '$lib/languages';
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

/** How a status and its scope are put into words (i18n/phrases.ts holds the words). */
export type PhraseShape =
	/** Nothing reported: "status: no reporting found". */
	| 'not-reported'
	/** The word alone: every traffic, or a route (which carries trade by definition). */
	| 'bare'
	/** A stopping word names what it stops: "closed to trade". */
	| 'stops'
	/** `open` names what it is open to; other traffic is not reported: "open to trade". */
	| 'opens'
	/** A restricting word names what still passes: "restricted to returnees only". */
	| 'passes';

/**
 * The shape of the phrase for a status with its scope.
 * @example phraseShape('closed', 'trade') // 'stops'
 * @example phraseShape('operating', 'trade') // 'bare'
 */
export function phraseShape(status: Status, scope: Scope): PhraseShape {
	if (status === 'unknown') return 'not-reported';
	if (scope === 'all' || (scope === 'trade' && ROUTE_STATUSES.has(status))) return 'bare';
	return STOPPING.has(status) ? 'stops' : OPENING.has(status) ? 'opens' : 'passes';
}
