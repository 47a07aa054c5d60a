/**
 * Clips a GeoJSON feature to a [west, south, east, north] box. Polygons are intersected exactly
 * (turf.intersect), so a country cut by the box edge comes out as clean polygons with no
 * zero-width bridges along the edge; lines are cut with turf.bboxClip; points are kept or dropped.
 *
 * @example clipToBbox(polygon([[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]]), [2, 2, 6, 6]) // the square [2,2]-[4,4]
 */
import { bboxClip, bboxPolygon, feature, featureCollection, intersect } from '@turf/turf';
import type {
	BBox,
	Feature,
	GeoJsonProperties,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

type Clippable = Point | LineString | MultiLineString | Polygon | MultiPolygon;

function overlaps(a: BBox, b: Bbox): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function extent(positions: Position[]): Bbox {
	const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of positions) {
		box[0] = Math.min(box[0], x!);
		box[1] = Math.min(box[1], y!);
		box[2] = Math.max(box[2], x!);
		box[3] = Math.max(box[3], y!);
	}
	return box;
}

function within(inner: Bbox, outer: Bbox): boolean {
	return (
		inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3]
	);
}

function positionsOf(geometry: Clippable): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'LineString':
			return geometry.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
	}
}

/**
 * The part of `input` inside `bbox`, with the same properties, or `null` when nothing is left.
 * A feature wholly inside the box is returned unchanged (same object).
 *
 * @example clipToBbox(lineString([[0, 1], [10, 1]]), [2, 0, 4, 2])?.geometry // LineString [[2, 1], [4, 1]]
 */
export function clipToBbox<G extends Clippable, P extends GeoJsonProperties>(
	input: Feature<G, P>,
	bbox: Bbox
): Feature<Clippable, P> | null {
	const positions = positionsOf(input.geometry);
	if (positions.length === 0) return null;
	const box = extent(positions);
	if (within(box, bbox)) return input;
	if (!overlaps(box, bbox)) return null;
	const geometry = input.geometry as Clippable;
	switch (geometry.type) {
		case 'Point':
			return null; // a point is either within (handled above) or outside
		case 'LineString':
		case 'MultiLineString': {
			// bboxClip keeps the geometry kind: lines in, lines out.
			const clipped = bboxClip(geometry, bbox).geometry as LineString | MultiLineString;
			const parts = (
				clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates
			).filter((line) => line.length >= 2);
			if (parts.length === 0) return null;
			const out: LineString | MultiLineString =
				parts.length === 1
					? { type: 'LineString', coordinates: parts[0]! }
					: { type: 'MultiLineString', coordinates: parts };
			return feature(out, input.properties);
		}
		case 'Polygon':
		case 'MultiPolygon': {
			// The exact intersection is slow on a continent-sized ring, so first cut it down with a
			// fast Sutherland–Hodgman clip to a slightly larger box. That clip leaves zero-width
			// "bridges" along its own edges, but those lie outside `bbox` and the exact step drops them.
			const margin = Math.max(bbox[2] - bbox[0], bbox[3] - bbox[1]) * 0.01;
			const wider: Bbox = [bbox[0] - margin, bbox[1] - margin, bbox[2] + margin, bbox[3] + margin];
			const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
			const rough = polygons
				.filter((rings) => overlaps(extent(rings[0] ?? []), bbox))
				.map(
					(rings) => bboxClip({ type: 'Polygon', coordinates: rings }, wider).geometry as Polygon
				)
				.map((polygon) => polygon.coordinates.filter((ring) => ring.length >= 4))
				.filter((rings) => rings.length > 0);
			if (rough.length === 0) return null;
			const clipped = intersect(
				featureCollection<Polygon | MultiPolygon>([
					feature({ type: 'MultiPolygon', coordinates: rough }),
					bboxPolygon(bbox)
				])
			);
			if (!clipped) return null;
			return feature(clipped.geometry, input.properties);
		}
	}
}
