/** Route facts computed once at build time with turf: leg lengths, totals, Kabul to the sea. */
import type { Location } from '$lib/data/types';
import {
	KABUL_TO_SEA,
	kabulToSea,
	routeLengths,
	type RouteFacts,
	type SeaRoute
} from '$lib/geo/route-distances';

export interface RouteFactsTable {
	bySlug: Record<string, RouteFacts>;
	/** Kabul to Karachi, Chabahar and Bandar Abbas. */
	toSea: SeaRoute[];
	/** Every place's names, for the legs' ends in the page's language. */
	names: Record<string, Location['names']>;
}

export function routeFacts(locations: readonly Location[]): RouteFactsTable {
	const pointOf = (slug: string) =>
		locations.find((location) => location.slug === slug)?.geometry?.coordinates;
	const corridors = locations.filter((location) => location.route);
	const toSea = kabulToSea(corridors, pointOf);
	const seaRoutes = new Set<string>(KABUL_TO_SEA.map(({ id }) => id));
	const bySlug: Record<string, RouteFacts> = {};
	for (const corridor of corridors) {
		bySlug[corridor.slug] = {
			lengths: routeLengths(corridor, pointOf),
			...(seaRoutes.has(corridor.slug) ? { toSea } : {})
		};
	}
	const names = Object.fromEntries(locations.map((location) => [location.slug, location.names]));
	return { bySlug, toSea, names };
}
