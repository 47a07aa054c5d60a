import { describe, expect, it } from 'vitest';
import { declutterLabels, type LabelledPoint } from './declutter-labels';

const width = (label: string) => label.length * 7;
const frame = { width: 400, height: 300 };
const at = (slug: string, kind: string, x: number, y: number): LabelledPoint => ({
	slug,
	label: slug,
	kind,
	x,
	y
});

describe('declutterLabels', () => {
	it('keeps every label where none collide, each to the right of its marker', () => {
		const sides = declutterLabels(
			[at('kabul', 'city', 50, 50), at('torkham', 'crossing', 50, 150)],
			width,
			{
				frame
			}
		);
		expect([...sides]).toEqual([
			['torkham', 'right'],
			['kabul', 'right']
		]);
	});

	it('moves a label that would cover a neighbour’s marker to the left, below, above, or leaves it off', () => {
		const points = [
			at('torkham', 'crossing', 200, 100),
			// Right of Torkham, where its label would go.
			at('peshawar', 'city', 230, 100)
		];
		const sides = declutterLabels(points, width, { frame });
		expect(sides.get('torkham')).toBe('left');
		expect(sides.get('peshawar')).toBe('right');
		// A third place on its left: Torkham's label goes below.
		const flanked = [...points, at('jalalabad', 'city', 170, 100)];
		expect(declutterLabels(flanked, width, { frame }).get('torkham')).toBe('below');
		// A fourth below it: above. A fifth above it: nowhere.
		const underneath = [...flanked, at('landi', 'city', 200, 125)];
		expect(declutterLabels(underneath, width, { frame }).get('torkham')).toBe('above');
		const boxed = [...underneath, at('khyber', 'city', 200, 75)];
		expect(declutterLabels(boxed, width, { frame }).has('torkham')).toBe(false);
	});

	it('places the focus first, then crossings before cities, when two labels compete', () => {
		// Two places 8 px apart at the frame's left edge, near its foot: only one label fits, on
		// the right (left is off the frame, below too, and above runs into the first).
		const frame = { width: 400, height: 118 };
		const points = [at('peshawar', 'city', 20, 100), at('landi', 'city', 20, 108)];
		expect([...declutterLabels(points, width, { frame }).keys()]).toEqual(['peshawar']);
		expect([...declutterLabels(points, width, { frame, focus: 'landi' }).keys()]).toEqual([
			'landi'
		]);
		const crossing = [points[0]!, { ...points[1]!, kind: 'crossing' }];
		expect([...declutterLabels(crossing, width, { frame }).keys()]).toEqual(['landi']);
	});

	it('keeps labels inside the frame', () => {
		const sides = declutterLabels(
			[at('delhi', 'city', 395, 100), at('edge', 'city', 5, 100)],
			width,
			{
				frame
			}
		);
		expect(sides.get('delhi')).toBe('left');
		expect(sides.get('edge')).toBe('right');
	});
});
