/**
 * The months a window of incidents touches: the page fetches the incidents month by month
 * (/data/incidents/<YYYY-MM>.json), so a window costs the months it spans, not the whole record.
 */
import { addDays } from './dates';

/**
 * The `YYYY-MM` month of an ISO date.
 * @example monthOf('2026-03-01') // '2026-03'
 */
export const monthOf = (date: string): string => date.slice(0, 7);

/**
 * The months, oldest first, of the `days` days up to and including `date` (the window of
 * incidentsInWindow): one for a window inside a month, at most 13 for the longest (365 days).
 * @example windowMonths('2026-03-01', 14) // ['2026-02', '2026-03']
 */
export function windowMonths(date: string, days: number): string[] {
	const last = monthOf(date);
	const months: string[] = [];
	const first = monthOf(addDays(date, 1 - Math.max(days, 1)));
	for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
	return months;
}

/**
 * The month `count` months after `month` (before, when negative).
 * @example addMonths('2025-12', 1) // '2026-01'
 */
export function addMonths(month: string, count: number): string {
	const [year, number] = month.split('-').map(Number) as [number, number];
	const index = year * 12 + number - 1 + count;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
