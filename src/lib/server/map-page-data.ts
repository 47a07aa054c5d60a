/** What every map view (/, /embed, /embed/<slug>) needs from the data, shaped once at build time. */
import { dataAsOf, dateRange } from '$lib/data/extent';
import type { MapLocation } from '$lib/data/types';
import { geodata } from './geodata-cache';

export interface MapPageData {
	locations: MapLocation[];
	/** The latest sourced date: the default date of every view. */
	asOf: string;
	/** The span the date slider covers. */
	range: [string, string];
	/** Dated events, for the slider's marks. */
	marks: { date: string; title: string }[];
}

export function mapPageData(): MapPageData {
	const { locations } = geodata();
	const asOf = dataAsOf(locations);
	const range = dateRange(locations, asOf);
	if (!asOf || !range) throw new Error('geodata holds no dated status: nothing to map');
	return {
		// Figures and events stay on the location pages; the map needs timelines and geometry only.
		locations: locations.map(({ figures: _figures, events: _events, ...rest }) => rest),
		asOf,
		range: [range.start, range.end],
		marks: locations
			.flatMap((location) => location.events)
			.filter((event) => event.date >= range.start && event.date <= range.end)
			.map(({ date, title }) => ({ date, title }))
			.sort((a, b) => a.date.localeCompare(b.date))
	};
}
