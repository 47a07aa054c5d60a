/**
 * How far the data reaches in time: the "data as of" date every page states, and the span a
 * date slider covers.
 */
import { maxDate, minDate } from './dates';
import type { Location, Source } from './types';

type Dated = Pick<Location, 'status' | 'events' | 'figures'>;

/**
 * The latest date present in the data: period `from`/`to`, event `date`/`until`, figure
 * `as_of`/`until` and, when `sources` are given, their publication dates. Null when the data
 * holds no date. It is the maximum of what is written, not today's date.
 * @example dataAsOf(geodata.locations, Object.values(geodata.sources)) // '2026-02-…'
 */
export function dataAsOf(
	locations: readonly Dated[],
	sources: readonly Pick<Source, 'published'>[] = []
): string | null {
	let latest: string | null = null;
	const see = (date: string | null | undefined) => {
		if (date) latest = latest === null ? date : maxDate(latest, date);
	};
	for (const location of locations) {
		for (const period of location.status) {
			see(period.from);
			see(period.to);
		}
		for (const event of location.events) {
			see(event.date);
			see(event.until);
		}
		for (const figure of location.figures) {
			see(figure.as_of);
			see(figure.until);
		}
	}
	for (const source of sources) see(source.published);
	return latest;
}

/** First and last day a date slider should offer. */
export interface DateRange {
	start: string;
	end: string;
}

/**
 * From the earliest status `from` to the latest status `from` or `to` across `locations`;
 * `asOf`, when given and later, extends the end so ongoing periods show up to it. Null when no
 * location has a status period.
 * @example dateRange(geodata.locations, geodata.asOf) // { start: '2023-02-19', end: '2026-02-…' }
 */
export function dateRange(
	locations: readonly Pick<Location, 'status'>[],
	asOf?: string | null
): DateRange | null {
	let range: DateRange | null = null;
	for (const { status } of locations) {
		for (const period of status) {
			const end = period.to === null ? period.from : maxDate(period.from, period.to);
			range =
				range === null
					? { start: period.from, end }
					: { start: minDate(range.start, period.from), end: maxDate(range.end, end) };
		}
	}
	if (range && asOf) range.end = maxDate(range.end, asOf);
	return range;
}
