import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	daysBetween,
	fromDayNumber,
	isIsoDate,
	maxDate,
	minDate,
	toDayNumber
} from './dates';
import { isoDate } from './schema';

describe('isIsoDate', () => {
	it('accepts real calendar dates, leap days included', () => {
		expect(isIsoDate('2025-10-12')).toBe(true);
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2000-02-29')).toBe(true);
	});

	it('rejects impossible dates, other formats and non-strings', () => {
		for (const value of ['2025-02-29', '1900-02-29', '2025-10-32', '2025-13-01', '2025-00-10'])
			expect(isIsoDate(value), value).toBe(false);
		for (const value of ['2025-1-05', '12 Oct 2025', '2025-10-12T00:00:00Z', ' 2025-10-12', ''])
			expect(isIsoDate(value), value).toBe(false);
		expect(isIsoDate(20251012)).toBe(false);
		expect(isIsoDate(null)).toBe(false);
	});

	it('agrees with the schema on any YYYY-MM-DD-shaped string', () => {
		const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
		fc.assert(
			fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
				const value = `${y}-${m}-${d}`;
				expect(isIsoDate(value)).toBe(isoDate.safeParse(value).success);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('day arithmetic', () => {
	it('adds days across month, year and leap-day boundaries', () => {
		expect(addDays('2025-10-31', 1)).toBe('2025-11-01');
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
		expect(addDays('2025-10-12', 0)).toBe('2025-10-12');
	});

	it('counts days between two dates, exclusive by default and inclusive on request', () => {
		expect(daysBetween('2025-10-12', '2025-10-31')).toBe(19);
		expect(daysBetween('2025-10-12', '2025-10-31', { inclusive: true })).toBe(20);
		expect(daysBetween('2025-10-12', '2025-10-12', { inclusive: true })).toBe(1);
		expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
		expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
		expect(daysBetween('2025-10-31', '2025-10-12')).toBe(-19);
	});

	it('round-trips day numbers, with day 0 at 1970-01-01', () => {
		expect(toDayNumber('1970-01-01')).toBe(0);
		fc.assert(
			fc.property(fc.integer({ min: -50_000, max: 50_000 }), (day) => {
				expect(toDayNumber(fromDayNumber(day))).toBe(day);
			})
		);
	});

	it('throws on a date that is not ISO rather than computing garbage', () => {
		expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
		expect(() => daysBetween('12/10/2025', '2025-10-31')).toThrow(/not an ISO date/);
	});

	it('picks the earlier and the later date', () => {
		expect(minDate('2025-10-12', '2025-09-30')).toBe('2025-09-30');
		expect(maxDate('2025-10-12', '2025-09-30')).toBe('2025-10-12');
	});
});
