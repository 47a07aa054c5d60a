import { describe, expect, it } from 'vitest';
import { area, lineString, multiPolygon, point, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { clipToBbox } from './clip-to-bbox';

const square = (w: number, s: number, e: number, n: number): Position[] => [
	[w, s],
	[e, s],
	[e, n],
	[w, n],
	[w, s]
];
const corners = (ring: Position[]) => new Set(ring.map(String));

describe('clipToBbox, polygons', () => {
	it('clips a known square to exactly the overlap', () => {
		const out = clipToBbox(polygon([square(0, 0, 4, 4)], { name: 'sq' }), [2, 2, 6, 6]);
		expect(out?.geometry.type).toBe('Polygon');
		expect(corners((out!.geometry as Polygon).coordinates[0]!)).toEqual(
			corners(square(2, 2, 4, 4))
		);
		expect(out?.properties).toEqual({ name: 'sq' });
	});

	it('returns a feature wholly inside unchanged and one wholly outside as null', () => {
		const inside = polygon([square(1, 1, 2, 2)]);
		expect(clipToBbox(inside, [0, 0, 10, 10])).toBe(inside);
		expect(clipToBbox(polygon([square(20, 20, 21, 21)]), [0, 0, 10, 10])).toBeNull();
	});

	it('splits a U cut by the box edge into separate polygons, with no bridge along the edge', () => {
		// A U open to the north: two arms x∈[0,1] and x∈[3,4] joined below y = 1.
		const u = polygon([
			[
				[0, 0],
				[4, 0],
				[4, 4],
				[3, 4],
				[3, 1],
				[1, 1],
				[1, 4],
				[0, 4],
				[0, 0]
			]
		]);
		const out = clipToBbox(u, [-1, 2, 5, 5]) as Feature<MultiPolygon>;
		expect(out.geometry.type).toBe('MultiPolygon');
		expect(out.geometry.coordinates).toHaveLength(2);
		expect(area(out)).toBeCloseTo(area(polygon([square(0, 2, 1, 4)])) * 2, -3);
	});

	it('drops the parts of a multipolygon that lie outside, keeping a continent-sized part fast', () => {
		const many = multiPolygon([[square(-50, -50, 50, 50)], [square(100, 0, 101, 1)]]);
		const out = clipToBbox(many, [0, 0, 10, 10]);
		expect(out?.geometry.type).toBe('Polygon');
		expect(corners((out!.geometry as Polygon).coordinates[0]!)).toEqual(
			corners(square(0, 0, 10, 10))
		);
	});
});

describe('clipToBbox, lines and points', () => {
	it('cuts a line at the box edges', () => {
		const out = clipToBbox(
			lineString([
				[0, 1],
				[10, 1]
			]),
			[2, 0, 4, 2]
		);
		expect(out?.geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[2, 1],
				[4, 1]
			]
		});
	});

	it('returns a line that leaves and re-enters the box as a MultiLineString', () => {
		const out = clipToBbox(
			lineString([
				[1, 1],
				[1, 20],
				[3, 20],
				[3, 1]
			]),
			[0, 0, 10, 10]
		);
		expect(out?.geometry).toEqual({
			type: 'MultiLineString',
			coordinates: [
				[
					[1, 1],
					[1, 10]
				],
				[
					[3, 10],
					[3, 1]
				]
			]
		});
	});

	it('keeps a point inside and drops one outside', () => {
		const inside = point([5, 5]);
		expect(clipToBbox(inside, [0, 0, 10, 10])).toBe(inside);
		expect(clipToBbox(point([15, 5]), [0, 0, 10, 10])).toBeNull();
	});
});
