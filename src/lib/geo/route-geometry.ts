/**
 * Turns a corridor's legs into drawable GeoJSON: road, rail and sea legs run through their nodes
 * (and any sourced waypoints); air legs follow the great circle between their ends.
 *
 * @example routeFeatures(chabahar, pointsBySlug) // FeatureCollection of LineStrings, one per leg
 */
import { greatCircle, length, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { Location, Mode } from '$lib/data/types';

export interface LegProperties {
	route: string;
	leg: number;
	from: string;
	to: string;
	mode: Mode;
	length_km: number;
}

export type LegFeature = Feature<LineString, LegProperties>;

/** Rounds to 4 decimals (about 11 m): plenty at the map's zooms, and smaller files. */
const round = (position: Position): Position => position.map((n) => Math.round(n * 1e4) / 1e4);

/**
 * Only `slug` (for messages) and `route` are read, so a set of legs drawn from several corridors
 * can be measured with the same geometry (see route-distances.ts).
 */
export function routeFeatures(
	corridor: Pick<Location, 'slug' | 'route'>,
	pointOf: (slug: string) => Position | undefined
): FeatureCollection<LineString, LegProperties> {
	const legs = corridor.route?.legs ?? [];
	const features = legs.map((leg, index): LegFeature => {
		const start = pointOf(leg.from);
		const end = pointOf(leg.to);
		if (!start || !end) {
			throw new Error(
				`${corridor.slug}: route.legs[${index}]: ${!start ? leg.from : leg.to} has no point geometry`
			);
		}
		const coordinates =
			leg.mode === 'air'
				? greatCircle(start, end, { npoints: 64 }).geometry.coordinates
				: [start, ...(leg.waypoints ?? []), end];
		const line = lineString((coordinates as Position[]).map(round));
		return {
			type: 'Feature',
			geometry: line.geometry,
			properties: {
				route: corridor.slug,
				leg: index,
				from: leg.from,
				to: leg.to,
				mode: leg.mode,
				length_km: Math.round(length(line, { units: 'kilometers' }) * 10) / 10
			}
		};
	});
	return { type: 'FeatureCollection', features };
}
