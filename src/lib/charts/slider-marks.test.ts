import { describe, expect, it } from 'vitest';
import { dayUnder, marksPath, nearestMark } from './slider-marks';

describe('the slider marks', () => {
	it('are one path, a stroke at each day', () => {
		expect(marksPath([0, 12, 300], 8)).toBe('M0 0v8M12 0v8M300 0v8');
		expect(marksPath([], 8)).toBe('');
	});

	it('read the day under the pointer from the track’s inline start, in both directions', () => {
		const box = { left: 100, right: 500, width: 400 };
		expect(dayUnder(100, box, 1000, false)).toBe(0);
		expect(dayUnder(400, box, 1000, false)).toBe(750);
		// Right to left: the slider's first day is at the right edge.
		expect(dayUnder(500, box, 1000, true)).toBe(0);
		expect(dayUnder(400, box, 1000, true)).toBe(250);
	});

	it('name the nearest mark within reach, and none beyond it', () => {
		const days = [10, 20, 24, 90];
		expect(nearestMark(days, 21, 5)).toBe(1);
		expect(nearestMark(days, 23, 5)).toBe(2);
		expect(nearestMark(days, 88, 5)).toBe(3);
		expect(nearestMark(days, 50, 5)).toBe(-1);
		expect(nearestMark([], 50, 5)).toBe(-1);
	});
});
