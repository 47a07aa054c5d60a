/**
 * The one-sentence briefing for a date, e.g.
 * "On 20 Oct 2025: Torkham closed; Chaman restricted to returnees only; Chabahar corridor operating."
 */
import { formatDate } from './dates';
import { shortName, statusPhrase } from './labels';
import { isStatus } from './scales';
import { statusOn } from './status';
import type { Location } from './types';

/** The places the sentence speaks of, in order: the two main crossings and the Iranian route. */
export const SUMMARY_SLUGS = ['torkham', 'chaman', 'chabahar-corridor'] as const;

export function summarySentence(
	locations: readonly Pick<Location, 'slug' | 'names' | 'status'>[],
	date: string
): string {
	const parts = SUMMARY_SLUGS.flatMap((slug) => {
		const location = locations.find((candidate) => candidate.slug === slug);
		if (!location) return [];
		const { status, scope } = statusOn(location, date);
		const word = isStatus(status) ? status : 'unknown';
		return [`${shortName(location.names)} ${statusPhrase(word, scope ?? 'all')}`];
	});
	return `On ${formatDate(date)}: ${parts.join('; ')}.`;
}
