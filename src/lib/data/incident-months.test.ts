import { describe, expect, it } from 'vitest';
import { addMonths, monthOf, windowMonths } from './incident-months';
import { MAX_WINDOW_DAYS } from './incidents';

describe('the months of a window', () => {
	it('names a date’s month', () => {
		expect(monthOf('2026-03-01')).toBe('2026-03');
	});

	it('counts months across years, both ways', () => {
		expect(addMonths('2025-12', 1)).toBe('2026-01');
		expect(addMonths('2026-01', -1)).toBe('2025-12');
		expect(addMonths('2026-03', -14)).toBe('2025-01');
		expect(addMonths('2026-03', 0)).toBe('2026-03');
	});

	it('is one month for a window inside it', () => {
		expect(windowMonths('2026-03-16', 14)).toEqual(['2026-03']);
		expect(windowMonths('2026-03-01', 1)).toEqual(['2026-03']);
	});

	it('reaches back into the month before when the window starts there', () => {
		// 14 days up to 1 March 2026 start on 16 February.
		expect(windowMonths('2026-03-01', 14)).toEqual(['2026-02', '2026-03']);
		// 14 days up to 14 March start on 1 March: no February.
		expect(windowMonths('2026-03-14', 14)).toEqual(['2026-03']);
		expect(windowMonths('2026-03-13', 14)).toEqual(['2026-02', '2026-03']);
	});

	it('crosses a year', () => {
		expect(windowMonths('2026-01-05', 30)).toEqual(['2025-12', '2026-01']);
	});

	it('spans at most 13 months for the longest window', () => {
		// 365 days up to 31 Dec start on 1 Jan of the same (non-leap) year: 12 months.
		expect(windowMonths('2025-12-31', MAX_WINDOW_DAYS)).toHaveLength(12);
		// Any other day reaches into a 13th month.
		expect(windowMonths('2026-03-01', MAX_WINDOW_DAYS)).toEqual([
			'2025-03',
			'2025-04',
			'2025-05',
			'2025-06',
			'2025-07',
			'2025-08',
			'2025-09',
			'2025-10',
			'2025-11',
			'2025-12',
			'2026-01',
			'2026-02',
			'2026-03'
		]);
		let most = 0;
		for (let day = 0; day < 800; day++) {
			const date = new Date(Date.UTC(2023, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
			most = Math.max(most, windowMonths(date, MAX_WINDOW_DAYS).length);
		}
		expect(most).toBe(13);
	});
});
