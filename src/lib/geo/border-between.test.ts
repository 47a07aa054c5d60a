import { describe, expect, it } from 'vitest';
import type { GeometryObject, Topology } from 'topojson-specification';
import { arcIndices, borderBetween, sharedArcs } from './border-between';

/**
 * Two unit squares side by side, wound clockwise like world-atlas, sharing the edge x = 1 (with a
 * middle vertex), plus a third square that touches neither.
 *   west [0,0]–[1,1]   east [1,0]–[2,1]   island [5,5]–[6,6]
 */
const topology: Topology = {
	type: 'Topology',
	arcs: [
		[
			[1, 0],
			[1, 0.5],
			[1, 1]
		], // 0: the shared edge, south → north
		[
			[1, 0],
			[0, 0],
			[0, 1],
			[1, 1]
		], // 1: the rest of west
		[
			[1, 1],
			[2, 1],
			[2, 0],
			[1, 0]
		], // 2: the rest of east
		[
			[5, 5],
			[5, 6],
			[6, 6],
			[6, 5],
			[5, 5]
		] // 3: island
	],
	objects: {
		countries: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', id: 'W', arcs: [[1, ~0]] },
				{ type: 'Polygon', id: 'E', arcs: [[0, 2]] },
				{ type: 'MultiPolygon', id: 'I', arcs: [[[3]]] }
			]
		}
	}
};
const [west, east, island] = (topology.objects.countries as { geometries: GeometryObject[] })
	.geometries as [GeometryObject, GeometryObject, GeometryObject];

describe('borderBetween', () => {
	it('returns exactly the shared edge, with `left` on the left of travel', () => {
		// Walking north along x = 1, west is on the left.
		expect(borderBetween(topology, west, east)).toEqual({
			type: 'MultiLineString',
			coordinates: [
				[
					[1, 0],
					[1, 0.5],
					[1, 1]
				]
			]
		});
	});

	it('reverses the line when the sides are swapped', () => {
		expect(borderBetween(topology, east, west).coordinates).toEqual([
			[
				[1, 1],
				[1, 0.5],
				[1, 0]
			]
		]);
	});

	it('is empty for countries that do not touch', () => {
		expect(borderBetween(topology, west, island).coordinates).toEqual([]);
	});
});

describe('arcIndices and sharedArcs', () => {
	it('strips the direction bit and finds arcs used by both', () => {
		expect([...arcIndices(west)].sort()).toEqual([0, 1]);
		expect([...arcIndices(island)]).toEqual([3]);
		expect([...sharedArcs(west, east)]).toEqual([0]);
		expect(sharedArcs(east, island).size).toBe(0);
	});
});
