import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Feature, Polygon } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { decodeArcs, simplifyTopology } from './simplify-topology';

describe('decodeArcs', () => {
	it('undoes quantization and delta encoding', () => {
		const quantized: Topology = {
			type: 'Topology',
			transform: { scale: [0.5, 0.25], translate: [10, 20] },
			objects: {},
			arcs: [
				[
					[0, 0],
					[2, 0],
					[0, 4]
				]
			]
		};
		expect(decodeArcs(quantized)).toEqual([
			[
				[10, 20],
				[11, 20],
				[11, 21]
			]
		]);
	});
});

/** Two squares sharing a wiggly edge along x = 1: a 0.001 wiggle and a 0.3 bump. */
const shared = [
	[1, 0],
	[1.001, 0.2],
	[1, 0.4],
	[1.3, 0.6],
	[1, 0.8],
	[1, 1]
];
const topology: Topology = {
	type: 'Topology',
	arcs: [
		shared,
		[
			[1, 0],
			[0, 0],
			[0, 1],
			[1, 1]
		],
		[
			[1, 1],
			[2, 1],
			[2, 0],
			[1, 0]
		]
	],
	objects: {
		countries: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', id: 'W', arcs: [[1, ~0]] },
				{ type: 'Polygon', id: 'E', arcs: [[0, 2]] }
			]
		}
	}
};

describe('simplifyTopology', () => {
	it('drops vertices within the tolerance, keeps those beyond it and the arc endpoints', () => {
		const simplified = simplifyTopology(topology, 0.01);
		expect(simplified.arcs[0]).toEqual([
			[1, 0],
			[1, 0.4],
			[1.3, 0.6],
			[1, 0.8],
			[1, 1]
		]);
		expect(simplified.transform).toBeUndefined();
	});

	it('simplifies a shared arc once, so both neighbours keep identical vertices', () => {
		const simplified = simplifyTopology(topology, 0.01);
		const [w, e] = (simplified.objects.countries as { geometries: GeometryObject[] }).geometries;
		const ring = (g: GeometryObject | undefined) =>
			(feature(simplified, g!) as Feature<Polygon>).geometry.coordinates[0]!;
		const onEdge = (r: number[][]) => r.filter(([x]) => x !== 0 && x !== 2).map(String);
		expect(new Set(onEdge(ring(w)))).toEqual(new Set(onEdge(ring(e))));
	});

	it('takes a tolerance per arc (0 keeps an arc as it is)', () => {
		const simplified = simplifyTopology(topology, (_arc, index) => (index === 0 ? 0 : 0.01));
		expect(simplified.arcs[0]).toEqual(shared);
	});

	it('does not modify its input', () => {
		const before = JSON.stringify(topology);
		simplifyTopology(topology, 1);
		expect(JSON.stringify(topology)).toBe(before);
	});
});
