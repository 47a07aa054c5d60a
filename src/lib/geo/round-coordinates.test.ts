import { describe, expect, it } from 'vitest';
import { lineString, point, polygon } from '@turf/turf';
import { ringArea2, roundCoordinates, roundTo } from './round-coordinates';

describe('roundTo', () => {
	it('rounds to the given decimals and never returns -0', () => {
		expect(roundTo(69.123456, 4)).toBe(69.1235);
		expect(roundTo(-69.123449, 4)).toBe(-69.1234);
		expect(Object.is(roundTo(-0.00001, 4), 0)).toBe(true);
		expect(JSON.stringify(roundTo(34.5, 4))).toBe('34.5');
	});
});

describe('ringArea2', () => {
	it('is twice the signed area, positive counter-clockwise', () => {
		const ccw = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		expect(ringArea2(ccw)).toBe(2);
		expect(ringArea2([...ccw].reverse())).toBe(-2);
	});
});

describe('roundCoordinates', () => {
	it('rounds every position and keeps the properties', () => {
		const out = roundCoordinates(point([69.123456, 34.56789], { name: 'x' }));
		expect(out).toEqual(point([69.1235, 34.5679], { name: 'x' }));
	});

	it('removes positions that rounding makes repeated', () => {
		const out = roundCoordinates(
			lineString([
				[0, 0],
				[0.00001, 0.00001],
				[1, 1]
			])
		);
		expect(out?.geometry.coordinates).toEqual([
			[0, 0],
			[1, 1]
		]);
	});

	it('drops a line or polygon that collapses, and a hole that collapses', () => {
		const tiny = [
			[0, 0],
			[0.00001, 0],
			[0.00001, 0.00001],
			[0, 0]
		];
		expect(
			roundCoordinates(
				lineString([
					[1.00001, 2],
					[1.00002, 2]
				])
			)
		).toBeNull();
		expect(roundCoordinates(polygon([tiny]))).toBeNull();
		const outer = [
			[0, 0],
			[0, 1],
			[1, 1],
			[1, 0],
			[0, 0]
		];
		expect(roundCoordinates(polygon([outer, tiny]))?.geometry.coordinates).toEqual([outer]);
	});

	it('drops a ring that rounding flattens to no area', () => {
		const sliver = [
			[0, 0],
			[1, 0.00001],
			[2, 0],
			[0, 0]
		];
		expect(roundCoordinates(polygon([sliver]))).toBeNull();
	});
});
