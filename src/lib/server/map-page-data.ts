/** What every map view (/, /embed, /embed/<slug>) needs from the data, shaped once at build time. */
import { dataAsOf, dateRange } from '$lib/data/extent';
import { minDate } from '$lib/data/dates';
import { closures, type ClosureSeverity } from '$lib/data/closures';
import { incidentsPerWeek } from '$lib/data/incidents';
import { incidentWeekBars, type IncidentWeekBar } from '$lib/charts/incident-weeks';
import { incidentSizeSteps, type IncidentSizeStep } from '$lib/data/incident-scale';
import { staleSince } from '$lib/data/freshness';
import { buildDate } from './build-date';
import type { Location, MapLocation } from '$lib/data/types';
import { geodata } from './geodata-cache';
import { routeFacts, type RouteFactsTable } from './route-facts';

export interface MapPageData {
	locations: MapLocation[];
	/** The latest sourced date: the default date of every view. */
	asOf: string;
	/** `asOf` when the site was built more than a month after it (see $lib/data/freshness). */
	staleSince: string | null;
	/** The span the date slider covers. */
	range: [string, string];
	/** Dated events, for the slider's marks. */
	marks: { date: string; title: string }[];
	/** Leg lengths and Kabul-to-sea distances, shown when a route is selected. */
	routes: RouteFactsTable;
	/** The incidents legend's marker sizes. */
	incidentSizes: IncidentSizeStep[];
	/** What the timeline above the date slider draws. */
	timeline: {
		/** Incidents and deaths per week over the slider's span, with their bars' sizes. */
		weeks: IncidentWeekBar[];
		/** The closures of the main crossings, drawn under the bars. */
		closures: TimelineClosures[];
	};
}

/** The crossings whose closures the timeline draws under the violence. */
export const TIMELINE_CROSSINGS = ['torkham', 'chaman'] as const;

export interface TimelineClosures {
	slug: string;
	periods: { from: string; to: string; severity: ClosureSeverity }[];
}

let cached: MapPageData | undefined;

/** Shaped once per build: every map page and embed shares the same object. */
export function mapPageData(): MapPageData {
	cached ??= shape();
	return cached;
}

function shape(): MapPageData {
	const { locations, incidents, bySlug } = geodata();
	const asOf = dataAsOf(locations);
	const statusRange = dateRange(locations, asOf);
	if (!asOf || !statusRange) throw new Error('geodata holds no dated status: nothing to map');
	// The slider reaches back to the first incident too, when it predates every status.
	const start = incidents[0] ? minDate(incidents[0].date, statusRange.start) : statusRange.start;
	const range = { start, end: statusRange.end };
	return {
		locations: locations.map(toMapLocation),
		asOf,
		staleSince: staleSince(asOf, buildDate()),
		range: [range.start, range.end],
		marks: sliderMarks(locations, range.start, range.end),
		routes: routeFacts(locations),
		incidentSizes: incidentSizeSteps(),
		timeline: {
			weeks: incidentWeekBars(incidentsPerWeek(incidents, range.start, range.end)),
			closures: TIMELINE_CROSSINGS.flatMap((slug) => {
				const place = bySlug[slug];
				if (!place) return [];
				const periods = closures(place, asOf).flatMap((closure) =>
					closure.parts.map((part) => ({
						from: part.from,
						to: part.to ?? asOf,
						severity: part.severity
					}))
				);
				return [{ slug, periods }];
			})
		}
	};
}

/**
 * A place as every map page carries it. Figures, events, and each period's notes, readings and
 * sources stay on the place's own page: the maps need only what draws and lists the place, and
 * the record grows with every review.
 */
export function toMapLocation({
	figures: _figures,
	events: _events,
	geometry_sources: _geometrySources,
	status,
	...rest
}: Location): MapLocation {
	return {
		...rest,
		status: status.map(({ from, to, status, scope }) => ({ from, to, status, scope }))
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
