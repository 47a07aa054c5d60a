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

/**
 * The names a set of route facts mentions (legs' ends, ports, the places on the way to the sea,
 * Kabul), so a page carries those and not every place's.
 */
export function namesMentioned(
	table: RouteFactsTable,
	facts: { lengths?: RouteFacts['lengths'] | null; toSea?: readonly SeaRoute[] | null }
): Record<string, Location['names']> {
	const slugs = new Set<string>(['kabul']);
	for (const leg of facts.lengths?.legs ?? [])
		[leg.from, leg.to].forEach((slug) => slugs.add(slug));
	for (const route of facts.toSea ?? []) {
		[route.port, ...route.through, ...route.path].forEach((slug) => slugs.add(slug));
	}
	return Object.fromEntries(
		[...slugs].flatMap((slug) => (table.names[slug] ? [[slug, table.names[slug]]] : []))
	);
}
