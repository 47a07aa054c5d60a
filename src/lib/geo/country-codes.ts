/**
 * ISO 3166-1 codes and English names for the countries the basemap can show. world-atlas identifies
 * countries only by their ISO numeric code (a string such as "004"); the map and the data speak
 * alpha-3 (AFG), so this table is the one place the two meet.
 *
 * @example countryByNumeric('004') // { iso_a3: 'AFG', name: 'Afghanistan' }
 */

/** A country as the basemap labels and styles it. */
export interface CountryCode {
	/** ISO 3166-1 alpha-3 code, e.g. "AFG". */
	iso_a3: string;
	/** Short English name, as a label shows it. */
	name: string;
}

/** ISO numeric code → alpha-3 and English name, for the region and its near neighbours. */
export const COUNTRY_CODES: Readonly<Record<string, CountryCode>> = {
	'004': { iso_a3: 'AFG', name: 'Afghanistan' },
	'031': { iso_a3: 'AZE', name: 'Azerbaijan' },
	'048': { iso_a3: 'BHR', name: 'Bahrain' },
	'050': { iso_a3: 'BGD', name: 'Bangladesh' },
	'064': { iso_a3: 'BTN', name: 'Bhutan' },
	'156': { iso_a3: 'CHN', name: 'China' },
	'356': { iso_a3: 'IND', name: 'India' },
	'364': { iso_a3: 'IRN', name: 'Iran' },
	'368': { iso_a3: 'IRQ', name: 'Iraq' },
	'398': { iso_a3: 'KAZ', name: 'Kazakhstan' },
	'414': { iso_a3: 'KWT', name: 'Kuwait' },
	'417': { iso_a3: 'KGZ', name: 'Kyrgyzstan' },
	'462': { iso_a3: 'MDV', name: 'Maldives' },
	'512': { iso_a3: 'OMN', name: 'Oman' },
	'524': { iso_a3: 'NPL', name: 'Nepal' },
	'586': { iso_a3: 'PAK', name: 'Pakistan' },
	'634': { iso_a3: 'QAT', name: 'Qatar' },
	'682': { iso_a3: 'SAU', name: 'Saudi Arabia' },
	'762': { iso_a3: 'TJK', name: 'Tajikistan' },
	'784': { iso_a3: 'ARE', name: 'United Arab Emirates' },
	'795': { iso_a3: 'TKM', name: 'Turkmenistan' },
	'860': { iso_a3: 'UZB', name: 'Uzbekistan' },
	'887': { iso_a3: 'YEM', name: 'Yemen' }
};

/** The two countries the map is about; the style draws them a shade stronger. */
export const FOCUS_COUNTRIES: readonly string[] = ['AFG', 'PAK'];

/**
 * Looks up a world-atlas numeric id. Returns `null` for ids not in the table and for features that
 * Natural Earth gives no ISO code at all (such as "Siachen Glacier"), so a caller never guesses one.
 *
 * @example countryByNumeric('586')?.iso_a3 // 'PAK'
 */
export function countryByNumeric(id: string | number | undefined): CountryCode | null {
	if (id === undefined) return null;
	return COUNTRY_CODES[String(id)] ?? null;
}

/**
 * Whether the style should draw this country a shade stronger.
 *
 * @example isFocusCountry('AFG') // true
 */
export function isFocusCountry(isoA3: string | null): boolean {
	return isoA3 !== null && FOCUS_COUNTRIES.includes(isoA3);
}
