/**
 * What the record covers, and where it is silent. A day no status period covers is not "open":
 * the research found no reporting for it, and every page says so.
 */
import { addDays, maxDate, minDate } from './dates';
import { periodsInOrder } from './status';
import type { Location } from './types';

/**
 * The first day the record claims to follow every place: closure histories are complete from
 * here, and earlier facts (a corridor's first shipment, a treaty) are background.
 */
export const COVERAGE_START = '2023-01-01';

/** A stretch of days, both ends included, with no reported status. */
export interface CoverageGap {
	from: string;
	to: string;
}

/**
 * The stretches from `start` to the place's `last_reviewed` (both included) that no status
 * period covers: where the research found no reporting. An ongoing period covers every day up to
 * the review.
 * @example coverageGaps(chaman) // [{ from: '2023-01-01', to: '2025-10-11' }, …]
 */
export function coverageGaps(
	location: Pick<Location, 'status' | 'last_reviewed'>,
	start: string = COVERAGE_START
): CoverageGap[] {
	const end = location.last_reviewed;
	const gaps: CoverageGap[] = [];
	let next = start; // the first day not yet known to be covered
	for (const period of periodsInOrder(location)) {
		if (next > end) break;
		if (period.from > next) gaps.push({ from: next, to: minDate(addDays(period.from, -1), end) });
		if (period.to === null) return gaps;
		next = maxDate(next, addDays(period.to, 1));
	}
	if (next <= end) gaps.push({ from: next, to: end });
	return gaps;
}

/** One entry of a place's history as a reader sees it: a reported period, or a silent stretch. */
export type HistoryEntry<P> = { kind: 'period'; period: P } | { kind: 'gap'; gap: CoverageGap };

/**
 * The place's status periods in date order with its coverage gaps between them, so a page lists
 * "no reporting found" exactly where the record is silent.
 */
export function historyWithGaps<P extends Location['status'][number]>(
	location: { status: P[]; last_reviewed: string },
	start: string = COVERAGE_START
): HistoryEntry<P>[] {
	const entries: HistoryEntry<P>[] = [
		...periodsInOrder(location).map((period) => ({ kind: 'period' as const, period: period as P })),
		...coverageGaps(location, start).map((gap) => ({ kind: 'gap' as const, gap }))
	];
	const from = (entry: HistoryEntry<P>) =>
		entry.kind === 'period' ? entry.period.from : entry.gap.from;
	return entries.sort((a, b) => (from(a) < from(b) ? -1 : from(a) > from(b) ? 1 : 0));
}
