import { describe, expect, test } from 'vitest';
import { interleave, ratio, summarise } from './stats.js';

describe('summarise', () => {
	test('odd and even counts take the middle value or the mean of the two middle ones', () => {
		expect(summarise([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
		expect(summarise([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
	});

	test('runs without the figure are left out, and none at all gives null', () => {
		expect(summarise([null, 7, undefined, 9])).toEqual({ median: 8, min: 7, max: 9, n: 2 });
		expect(summarise([null, undefined])).toBeNull();
	});
});

describe('ratio', () => {
	test('divides medians, null when either side is missing or zero', () => {
		const a = summarise([30, 40, 50]);
		const b = summarise([10, 20, 30]);
		expect(ratio(a, b)).toBe(2);
		expect(ratio(a, null)).toBeNull();
		expect(ratio(a, summarise([0]))).toBeNull();
	});
});

describe('interleave', () => {
	test('rotates the order by one each round, so every target leads once', () => {
		const targets = ['app', 'embed', 'bare'];
		expect([0, 1, 2, 3].map((round) => interleave(targets, round)[0])).toEqual([
			'app',
			'embed',
			'bare',
			'app'
		]);
		expect(interleave(targets, 1)).toEqual(['embed', 'bare', 'app']);
	});
});
