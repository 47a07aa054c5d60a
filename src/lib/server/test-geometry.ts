/** Geometry helpers for data tests. */
import { pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/** Kilometres from a point outside a polygon to its nearest edge. */
export function distanceToPolygonKm(
	here: Feature<Point>,
	polygon: Feature<Polygon | MultiPolygon>
): number {
	const outline = polygonToLine(polygon);
	const lines = (outline.type === 'FeatureCollection' ? outline.features : [outline]) as Feature<
		LineString | MultiLineString
	>[];
	return Math.min(
		...lines.flatMap((line) =>
			line.geometry.type === 'LineString'
				? [pointToLineDistance(here, line as Feature<LineString>, { units: 'kilometers' })]
				: line.geometry.coordinates.map((coordinates) =>
						pointToLineDistance(here, { type: 'LineString', coordinates }, { units: 'kilometers' })
					)
		)
	);
}
