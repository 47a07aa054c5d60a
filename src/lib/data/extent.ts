/**
 * How far the data reaches in time: the "data as of" date every page states, and the span a
 * date slider covers.
 */
import { maxDate, minDate } from './dates';
import type { Location } from './types';

type Dated = Pick<Location, 'status' | 'events' | 'figures'>;

/**
 * The latest date a location's facts speak of: period `from`/`to`, event `date`/`until`, figure
 * `as_of`/`until`. Null when it records no dated fact. A review date can be no earlier.
 * @example latestFact(torkham) // '2026-…'
 */
export function latestFact(location: Dated): string | null {
	let latest: string | null = null;
	const see = (date: string | null | undefined) => {
		if (date) latest = latest === null ? date : maxDate(latest, date);
	};
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
	return latest;
}

/**
 * The data's "as of" date: the newest day the research reviewed any place (`last_reviewed`),
 * which is later than the newest fact when the research looked and found nothing new. Null for
 * no locations.
 * @example dataAsOf(geodata.locations) // '2026-12-…'
 */
export function dataAsOf(locations: readonly Pick<Location, 'last_reviewed'>[]): string | null {
	let latest: string | null = null;
	for (const { last_reviewed } of locations)
		latest = latest === null ? last_reviewed : maxDate(latest, last_reviewed);
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
