/**
 * Phrases built from the data's codes: a status with its scope ("closed to trade"), the badge's
 * label, and the one-sentence briefing for a date. The rules that choose a phrase's shape live
 * with the data (labels.ts, place-status.ts); this module only puts them into words.
 */
import { phraseShape, shortName } from '$lib/data/labels';
import {
	lookupIn,
	placeStatusOn,
	type PlaceLookup,
	type StatusPlace
} from '$lib/data/place-status';
import type { Location, Scope, Status } from '$lib/data/types';
import { formatDate, t, type Lang } from './index';

/**
 * A status with its scope, in `lang`.
 * @example statusPhrase('closed', 'trade') // "closed to trade"
 * @example statusPhrase('open', 'trade') // "open to trade"
 * @example statusPhrase('restricted', 'returnees') // "restricted to returnees only"
 * @example statusPhrase('unknown', 'all') // "status: no reporting found"
 */
export function statusPhrase(status: Status, scope: Scope, lang: Lang = 'en'): string {
	const shape = phraseShape(status, scope);
	if (shape === 'not-reported') return t(lang, 'status.notReported');
	const word = t(lang, `status.${status}`);
	if (shape === 'bare') return word;
	return t(lang, `status.withScope.${shape}`, {
		status: word,
		scope: t(lang, `scope.inPhrase.${scope as Exclude<Scope, 'all'>}`)
	});
}

/** Like {@link statusPhrase}, but the bare "no reporting found" where a badge stands beside a name. */
export function statusLabel(status: Status, scope: Scope, lang: Lang = 'en'): string {
	return status === 'unknown' ? t(lang, 'status.unknown') : statusPhrase(status, scope, lang);
}

/**
 * The summary sentence for one place, e.g. "On 1 Jul 2026: Torkham restricted to returnees
 * only." (what a shared link to its page says under the title).
 */
export function placeSentence(
	location: Pick<Location, 'names'> & StatusPlace,
	date: string,
	places: PlaceLookup,
	lang: Lang = 'en'
): string {
	const { status, scope } = placeStatusOn(location, date, places);
	return t(lang, 'summary.sentence', {
		date: formatDate(lang, date),
		parts: t(lang, 'summary.part', {
			name: shortName(location.names, lang),
			status: statusPhrase(status, scope ?? 'all', lang)
		})
	});
}

/** The places the summary sentence speaks of, in order: the two main crossings and the Iranian route. */
export const SUMMARY_SLUGS = ['torkham', 'chaman', 'chabahar-corridor'] as const;

/**
 * The one-sentence briefing for a date, e.g. "On 20 Oct 2025: Torkham closed; Chaman–Spin Boldak
 * restricted to returnees only; Chabahar corridor operating."
 */
export function summarySentence(
	locations: readonly (Pick<Location, 'names'> & StatusPlace)[],
	date: string,
	lang: Lang = 'en'
): string {
	const places = lookupIn(locations);
	const parts = SUMMARY_SLUGS.flatMap((slug) => {
		const location = places(slug);
		if (!location) return [];
		const { status, scope } = placeStatusOn(location, date, places);
		return [
			t(lang, 'summary.part', {
				name: shortName(location.names, lang),
				status: statusPhrase(status, scope ?? 'all', lang)
			})
		];
	});
	return t(lang, 'summary.sentence', {
		date: formatDate(lang, date),
		parts: parts.join(t(lang, 'summary.separator'))
	});
}
