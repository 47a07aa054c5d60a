import { describe, expect, it } from 'vitest';
import { poleOfInaccessibility } from './pole-of-inaccessibility';

describe('poleOfInaccessibility', () => {
	it('finds the centre of a rectangle on the equator, one half-height from the edges', () => {
		const pole = poleOfInaccessibility(
			[
				[
					[0, -1],
					[4, -1],
					[4, 1],
					[0, 1],
					[0, -1]
				]
			],
			0.001
		);
		expect(pole.position[0]).toBeCloseTo(2, 1);
		expect(pole.position[1]).toBeCloseTo(0, 2);
		expect(pole.distance).toBeCloseTo(1, 2);
	});

	it('stays out of a hole', () => {
		const outer = [
			[0, -3],
			[6, -3],
			[6, 3],
			[0, 3],
			[0, -3]
		];
		const hole = [
			[2, -1],
			[4, -1],
			[4, 1],
			[2, 1],
			[2, -1]
		];
		const [x, y] = poleOfInaccessibility([outer, hole], 0.001).position as [number, number];
		expect(x > 2 && x < 4 && y > -1 && y < 1).toBe(false);
	});

	it('measures room on the ground: at 60°N a degree of longitude is half a degree of latitude', () => {
		const pole = poleOfInaccessibility([
			[
				[10, 59.5],
				[11, 59.5],
				[11, 60.5],
				[10, 60.5],
				[10, 59.5]
			]
		]);
		expect(pole.position[0]).toBeCloseTo(10.5, 1);
		expect(pole.distance).toBeCloseTo(0.25, 2);
	});
});
