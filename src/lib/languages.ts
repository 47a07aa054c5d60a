/**
 * The site's languages, listed once: their codes (the `lang=` URL values), writing direction, tag,
 * name and digits. A plain table with no dependency, so the URL parser, the data and the strings
 * all read the same list.
 */

export interface Language {
	/** Writing direction of the page. */
	dir: 'ltr' | 'rtl';
	/** BCP 47 tag for `<html lang>` and for Intl. */
	htmlLang: string;
	/** The language's name in itself, for the language switcher. */
	nativeName: string;
	/** Intl numbering system: `arabext` is Eastern Arabic-Indic (۰–۹), `latn` is 0–9. */
	numberingSystem: 'latn' | 'arabext';
}

export const LANGUAGES = {
	en: { dir: 'ltr', htmlLang: 'en', nativeName: 'English', numberingSystem: 'latn' },
	ps: { dir: 'rtl', htmlLang: 'ps', nativeName: 'پښتو', numberingSystem: 'arabext' },
	fa: { dir: 'rtl', htmlLang: 'fa-AF', nativeName: 'دری', numberingSystem: 'arabext' },
	ur: { dir: 'rtl', htmlLang: 'ur', nativeName: 'اردو', numberingSystem: 'latn' }
} as const satisfies Record<string, Language>;

export type Lang = keyof typeof LANGUAGES;

/** The language codes in switcher order (the `lang=` URL values). */
export const LANGS = Object.keys(LANGUAGES) as Lang[];

export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}
