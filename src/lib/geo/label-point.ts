/**
 * Where to put a country's name: a point guaranteed to lie inside the polygon (as drawn, i.e. after
 * clipping to the map's region), preferring the roomiest spot. Tries the pole of inaccessibility of
 * each part, then the centre of mass, then turf.pointOnFeature, keeping the first that
 * booleanPointInPolygon accepts.
 *
 * @example labelPoint(polygon([[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]])).geometry.coordinates // ~[2, 1]
 */
import { booleanPointInPolygon, centerOfMass, point, pointOnFeature } from '@turf/turf';
import type { Feature, GeoJsonProperties, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { poleOfInaccessibility } from './pole-of-inaccessibility';

/**
 * A Point feature carrying the polygon's properties, inside the polygon.
 *
 * @example labelPoint(clippedChina).geometry.coordinates[0] <= 80 // true: inside the visible part
 */
export function labelPoint<P extends GeoJsonProperties>(
	area: Feature<Polygon | MultiPolygon, P>,
	precision = 0.01
): Feature<Point, P> {
	const polygons: Position[][][] =
		area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
	const poles = polygons.map((rings) => poleOfInaccessibility(rings, precision));
	const roomiest = poles.reduce((a, b) => (b.distance > a.distance ? b : a));
	const candidates: (() => Position)[] = [
		() => roomiest.position,
		() => centerOfMass(area).geometry.coordinates,
		() => pointOnFeature(area).geometry.coordinates
	];
	for (const candidate of candidates) {
		const position = candidate();
		if (booleanPointInPolygon(position, area)) return point(position, area.properties);
	}
	// pointOnFeature always returns a point on the surface; reaching here means a degenerate polygon.
	throw new Error('labelPoint: no interior point found (degenerate polygon?)');
}
