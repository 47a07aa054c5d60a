/**
 * The one-sentence briefing for a date, e.g.
 * "On 20 Oct 2025: Torkham closed; Chaman–Spin Boldak restricted to returnees only; Chabahar
 * corridor operating."
 */
import { formatDate, t, type Lang } from '$lib/i18n';
import { shortName, statusPhrase } from './labels';
import { lookupIn, placeStatusOn, type StatusPlace } from './place-status';
import type { Location } from './types';

/** The places the sentence speaks of, in order: the two main crossings and the Iranian route. */
export const SUMMARY_SLUGS = ['torkham', 'chaman', 'chabahar-corridor'] as const;

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
