import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, centroid, multiPolygon, polygon } from '@turf/turf';
import { labelPoint } from './label-point';

/** A C-shape open to the east: its centroid falls in the notch, outside the shape. */
const cShape = polygon(
	[
		[
			[0, 0],
			[6, 0],
			[6, 1],
			[1, 1],
			[1, 5],
			[6, 5],
			[6, 6],
			[0, 6],
			[0, 0]
		]
	],
	{ iso_a3: 'XXX' }
);

describe('labelPoint', () => {
	it('puts the label inside a shape whose centroid is outside it', () => {
		expect(booleanPointInPolygon(centroid(cShape), cShape)).toBe(false);
		const label = labelPoint(cShape);
		expect(booleanPointInPolygon(label, cShape)).toBe(true);
		expect(label.properties).toEqual({ iso_a3: 'XXX' });
	});

	it('chooses the roomiest part of a multipolygon', () => {
		const parts = multiPolygon([
			[
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				]
			],
			[
				[
					[10, 0],
					[14, 0],
					[14, 4],
					[10, 4],
					[10, 0]
				]
			]
		]);
		const [x, y] = labelPoint(parts).geometry.coordinates as [number, number];
		expect(x).toBeCloseTo(12, 1);
		expect(y).toBeCloseTo(2, 1);
	});
});
