/**
 * Lengths of a corridor's legs and the shortest way from Kabul to the sea over them.
 *
 * Every figure here is measured along the legs as route-geometry.ts draws them: straight segments
 * between the sourced towns (and any sourced waypoints), great circles for air. Real roads and
 * railways wind, so these distances UNDERSTATE the road distance; never present them as road
 * distances without saying so.
 *
 * @example routeLengths(karachiTorkham, pointOf)
 * // { legs: [{ from: 'karachi', to: 'peshawar', mode: 'road', km: … }, …], totalKm }
 * @example kabulToSea(corridors, pointOf)
 * // [{ id: 'karachi-torkham', label, port: 'karachi', km: …, path: ['kabul', …] }, …]
 */
import type { Position } from 'geojson';
import type { Location, Mode, RouteLeg } from '$lib/data/types';
import { routeFeatures } from './route-geometry';

type PointOf = (slug: string) => Position | undefined;

/** One leg and its length along straight segments (great circle for air), to 0.1 km. */
export interface LegLength {
	from: string;
	to: string;
	mode: Mode;
	km: number;
}

export interface RouteLengths {
	legs: LegLength[];
	/** Sum of the legs, to 0.1 km. */
	totalKm: number;
}

/** Shortest way from an origin to a port; `legs` run in path order, `from` → `to` along it. */
export interface SeaPath {
	km: number;
	path: string[];
	legs: LegLength[];
}

/** One of the named Kabul-to-sea routes; `km` is null (and `path` empty) when the data does not connect it. */
export interface SeaRoute {
	id: string;
	label: string;
	port: string;
	/** The places named after "via" in the label, as slugs, so a page can name them in its language. */
	through: readonly string[];
	km: number | null;
	path: string[];
}

/** Keeps the 0.1 km precision of route-geometry.ts when summing, without float dust (1402.6000000000001). */
const tenth = (km: number): number => Math.round(km * 10) / 10;

/**
 * Each leg of a corridor with its length, and the total. Lengths are straight-segment distances,
 * shorter than the road; round to whole km only for display.
 * @throws when a leg end has no point geometry.
 */
export function routeLengths(
	corridor: Pick<Location, 'slug' | 'route'>,
	pointOf: PointOf
): RouteLengths {
	const legs = routeFeatures(corridor, pointOf).features.map(
		({ properties: { from, to, mode, length_km } }): LegLength => ({
			from,
			to,
			mode,
			km: length_km
		})
	);
	return { legs, totalKm: tenth(legs.reduce((sum, leg) => sum + leg.km, 0)) };
}

/**
 * Shortest path from `origin` to `port` over the union of `legs`, taken as an undirected graph
 * (nodes are slugs, edges legs weighted by their straight-segment length; Dijkstra). Air legs are
 * left out: flying is no way to move a container to the sea. The distance understates the road.
 * @returns null when no road, rail or sea path joins the two.
 * @throws when a leg end has no point geometry.
 */
export function distanceToSea(
	origin: string,
	port: string,
	legs: readonly RouteLeg[],
	pointOf: PointOf
): SeaPath | null {
	const surface = legs.filter((leg) => leg.mode !== 'air');
	if (surface.length === 0) return null;
	const measured = routeLengths(
		{ slug: `${origin}-to-${port}`, route: { legs: [...surface], crossings: [] } },
		pointOf
	).legs;
	return shortestPath(origin, port, measured);
}

interface Edge {
	to: string;
	leg: LegLength;
}

/** Dijkstra with a linear scan for the nearest node: the graphs have a dozen nodes. */
function shortestPath(origin: string, port: string, legs: readonly LegLength[]): SeaPath | null {
	const edges = new Map<string, Edge[]>();
	const link = (a: string, b: string, leg: LegLength) =>
		edges.set(a, [...(edges.get(a) ?? []), { to: b, leg }]);
	for (const leg of legs) {
		link(leg.from, leg.to, leg);
		link(leg.to, leg.from, leg);
	}
	if (!edges.has(origin) || !edges.has(port)) return null;

	const distance = new Map<string, number>([[origin, 0]]);
	const previous = new Map<string, { node: string; leg: LegLength }>();
	const done = new Set<string>();
	for (;;) {
		let current: string | undefined;
		for (const [node, km] of distance)
			if (!done.has(node) && (current === undefined || km < distance.get(current)!)) current = node;
		if (current === undefined) return null;
		if (current === port) break;
		done.add(current);
		for (const { to, leg } of edges.get(current) ?? []) {
			const km = distance.get(current)! + leg.km;
			if (km < (distance.get(to) ?? Infinity)) {
				distance.set(to, km);
				previous.set(to, { node: current, leg });
			}
		}
	}

	const path = [port];
	const pathLegs: LegLength[] = [];
	for (let node = port; node !== origin;) {
		const step = previous.get(node)!;
		pathLegs.unshift({ ...step.leg, from: step.node, to: node });
		path.unshift(step.node);
		node = step.node;
	}
	return { km: tenth(distance.get(port)!), path, legs: pathLegs };
}

/**
 * The three ways to the sea the product names, one row each. Bandar Abbas–Herat stops at Herat, so
 * it borrows the Chabahar corridor's Herat–Delaram–Kandahar–Kabul legs to reach Kabul.
 */
export const KABUL_TO_SEA = [
	{
		id: 'karachi-torkham',
		label: 'Karachi via Torkham',
		through: ['torkham'],
		port: 'karachi',
		corridors: ['karachi-torkham']
	},
	{
		id: 'chabahar-corridor',
		label: 'Chabahar via Zaranj–Delaram',
		through: ['zaranj', 'delaram'],
		port: 'chabahar',
		corridors: ['chabahar-corridor']
	},
	{
		id: 'bandar-abbas-herat',
		label: 'Bandar Abbas via Herat',
		through: ['herat'],
		port: 'bandar-abbas',
		corridors: ['bandar-abbas-herat', 'chabahar-corridor']
	}
] as const;

/**
 * Kabul to each port of KABUL_TO_SEA over its corridors' surface legs. Straight-segment distances
 * between the sourced towns: they understate the road distance. A corridor missing from
 * `corridors` leaves its route unconnected (null km).
 */
export function kabulToSea(
	corridors: readonly Pick<Location, 'slug' | 'route'>[],
	pointOf: PointOf
): SeaRoute[] {
	return KABUL_TO_SEA.map(({ id, label, port, through, corridors: slugs }) => {
		const legs = corridors
			.filter((corridor) => (slugs as readonly string[]).includes(corridor.slug))
			.flatMap((corridor) => corridor.route?.legs ?? []);
		const found = distanceToSea('kabul', port, legs, pointOf);
		return { id, label, port, through, km: found?.km ?? null, path: found?.path ?? [] };
	});
}

/** What a selected route shows: its legs and total, and Kabul to the sea when it is one of the ways. */
export interface RouteFacts {
	lengths: RouteLengths;
	toSea?: SeaRoute[];
}
