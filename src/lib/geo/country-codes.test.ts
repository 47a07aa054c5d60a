import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryByNumeric, isFocusCountry } from './country-codes';

describe('countryByNumeric', () => {
	it('maps world-atlas numeric ids to alpha-3 and an English name', () => {
		expect(countryByNumeric('004')).toEqual({ iso_a3: 'AFG', name: 'Afghanistan' });
		expect(countryByNumeric('586')?.iso_a3).toBe('PAK');
		expect(countryByNumeric('364')?.iso_a3).toBe('IRN');
		expect(countryByNumeric('784')?.iso_a3).toBe('ARE');
	});

	it('returns null rather than guessing for unknown or missing ids', () => {
		expect(countryByNumeric('999')).toBeNull();
		expect(countryByNumeric(undefined)).toBeNull();
	});

	it('has a unique, well-formed alpha-3 code per entry', () => {
		const codes = Object.values(COUNTRY_CODES).map((c) => c.iso_a3);
		expect(new Set(codes).size).toBe(codes.length);
		for (const [numeric, { iso_a3 }] of Object.entries(COUNTRY_CODES)) {
			expect(numeric).toMatch(/^\d{3}$/);
			expect(iso_a3).toMatch(/^[A-Z]{3}$/);
		}
	});
});

describe('isFocusCountry', () => {
	it('is true only for Afghanistan and Pakistan', () => {
		expect(isFocusCountry('AFG')).toBe(true);
		expect(isFocusCountry('PAK')).toBe(true);
		expect(isFocusCountry('IRN')).toBe(false);
		expect(isFocusCountry(null)).toBe(false);
	});
});
