/**
 * The one answer to "what is this place's status on this day", for every kind of place. The
 * map, the place list, the place card, the tables, the summary sentence, the place pages, the
 * downloads and the static maps all ask this function, so they cannot disagree.
 *
 * A place reads its own timeline; a trade route also passes through crossings, and a crossing
 * closed to trade blocks it whatever its own timeline says (see route-status.ts).
 */
import { routeStatusOn } from './route-status';
import { statusOn, type Timeline } from './status';
import type { Location, MapStatusPeriod, Scope, Status } from './types';

/** A place as the status function needs it: its slug, its timeline and, for a route, its crossings. */
export type StatusPlace<P extends MapStatusPeriod = MapStatusPeriod> = Pick<
	Location,
	'slug' | 'route'
> &
	Timeline<P>;

/** Finds a place by slug: what a route needs to read the crossings it passes. */
export type PlaceLookup = (slug: string) => (Pick<Location, 'slug'> & Timeline) | undefined;

/** A place's status on one day. */
export interface PlaceStatus<P extends MapStatusPeriod = MapStatusPeriod> {
	/** A status word of the place's kind, or `unknown` when nothing was reported. */
	status: Status;
	/** What traffic the status speaks of; null when nothing was reported. */
	scope: Scope | null;
	/** First day of the current run of this status (the deciding crossing's, for a route it decides). */
	since: string | null;
	/** The place's own period covering the day, or null. */
	period: P | null;
	/** For a route whose status a crossing decides: that crossing's slug. */
	decidedBy: string | null;
}

/**
 * The status of `place` on `date`.
 * @param places finds the crossings a route passes; places that are not routes never call it.
 * @example placeStatusOn(karachiTorkham, (slug) => bySlug.get(slug), '2025-10-20')
 * // { status: 'blocked', scope: 'trade', since: '2025-10-12', decidedBy: 'torkham', … }
 */
export function placeStatusOn<P extends MapStatusPeriod>(
	place: StatusPlace<P>,
	date: string,
	places: PlaceLookup
): PlaceStatus<P> {
	const own = statusOn(place, date);
	const base = { status: own.status, scope: own.scope, since: own.since, period: own.period };
	if (!place.route) return { ...base, decidedBy: null };
	const route = routeStatusOn(place, places, date);
	if (route.decidedBy === null) return { ...base, decidedBy: null };
	const crossing = places(route.decidedBy)!;
	return {
		status: route.status,
		scope: 'trade',
		since: statusOn(crossing, date).since,
		period: own.period,
		decidedBy: route.decidedBy
	};
}

/** A lookup over a list of places, built once per list. */
export function lookupIn<P extends Pick<Location, 'slug'> & Timeline>(
	places: readonly P[]
): (slug: string) => P | undefined {
	const bySlug = new Map(places.map((place) => [place.slug, place]));
	return (slug) => bySlug.get(slug);
}
