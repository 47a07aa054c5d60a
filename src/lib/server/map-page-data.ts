/** What every map view (/, /embed, /embed/<slug>) needs from the data, shaped once at build time. */
import { dataAsOf, dateRange } from '$lib/data/extent';
import type { Location, MapLocation } from '$lib/data/types';
import { geodata } from './geodata-cache';
import { routeFacts, type RouteFactsTable } from './route-facts';

export interface MapPageData {
	locations: MapLocation[];
	/** The latest sourced date: the default date of every view. */
	asOf: string;
	/** The span the date slider covers. */
	range: [string, string];
	/** Dated events, for the slider's marks. */
	marks: { date: string; title: string }[];
	/** Leg lengths and Kabul-to-sea distances, shown when a route is selected. */
	routes: RouteFactsTable;
}

let cached: MapPageData | undefined;

/** Shaped once per build: every map page and embed shares the same object. */
export function mapPageData(): MapPageData {
	cached ??= shape();
	return cached;
}

function shape(): MapPageData {
	const { locations } = geodata();
	const asOf = dataAsOf(locations);
	const range = dateRange(locations, asOf);
	if (!asOf || !range) throw new Error('geodata holds no dated status: nothing to map');
	return {
		// Figures and events stay on the location pages; the map needs timelines and geometry only.
		locations: locations.map(({ figures: _figures, events: _events, ...rest }) => rest),
		asOf,
		range: [range.start, range.end],
		marks: sliderMarks(locations, range.start, range.end),
		routes: routeFacts(locations)
	};
}

/** One mark per dated event, in date order; an event told on several places marks once. */
function sliderMarks(locations: readonly Location[], start: string, end: string) {
	const marks = new Map<string, { date: string; title: string }>();
	for (const { date, title } of locations.flatMap((location) => location.events)) {
		if (date >= start && date <= end) marks.set(`${date} ${title}`, { date, title });
	}
	return [...marks.values()].sort((a, b) => a.date.localeCompare(b.date));
}
