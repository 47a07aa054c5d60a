/**
 * The site's four languages and a small typed lookup: `t(lang, 'panel.layers')`,
 * `plural(lang, 'location.days', 3)`, and dates and numbers written as each language's readers
 * expect them.
 *
 * Digits: Pashto and Dari take Eastern Arabic-Indic digits (۱۲۳, with ٬ and ٫ as separators), as
 * Afghan outlets (Azadi Radio, BBC Pashto and Persian) print them; Urdu takes Latin digits, as
 * Pakistani newsrooms (Dawn News, BBC Urdu) do. English takes Latin digits.
 *
 * Dates are always Gregorian, because the data's dates are. They are written day, month, year
 * ("12 Oct 2025", "۱۲ اکتوبر ۲۰۲۵", "12 اکتوبر 2025") from the month names in the message files
 * (CLDR's Gregorian names: the Afghan forms جنوری، فبروری … for Dari, not Iran's ژانویه، فوریه)
 * and digits from `Intl.NumberFormat`. `Intl.DateTimeFormat` is not used for the whole date
 * because its output differs between runtimes: for `fa-AF` and `ps` it defaults to the Solar
 * Hijri calendar, and Chromium ships no Pashto locale data at all, so `ps` falls back to
 * "Oct 12, 2025" in the browser while Node writes "۲۰۲۵ اکتوبر ۱۲", which would also break
 * hydration of the prerendered pages. `Intl.NumberFormat` keeps an explicit `numberingSystem`
 * even when it falls back to another locale, so digits come out the same everywhere.
 */
import en, { type Messages } from './en';
import { isIsoDate } from '$lib/data/dates';

export type { Messages } from './en';

export { DEFAULT_LANG, isLang, LANGS, LANGUAGES, type Lang, type Language } from '$lib/languages';
import { LANGUAGES, type Lang, type Language } from '$lib/languages';

/**
 * The loaded languages. English is always here; the others load on demand (`loadLanguage`), so
 * an English reader's page carries no Pashto, Dari or Urdu strings. Server code and tests load
 * them all at once by importing `$lib/i18n/all`.
 */
const MESSAGES: Partial<Record<Lang, Messages>> = { en };

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Messages }>> = {
	ps: () => import('./ps'),
	fa: () => import('./fa'),
	ur: () => import('./ur')
};

export function registerMessages(lang: Lang, tree: Messages): void {
	MESSAGES[lang] = tree;
}

export function isLoaded(lang: Lang): boolean {
	return MESSAGES[lang] !== undefined;
}

/** Loads a language's strings (once); resolves when `t(lang, …)` can use them. */
export async function loadLanguage(lang: Lang): Promise<void> {
	if (lang === 'en' || isLoaded(lang)) return;
	registerMessages(lang, (await LOADERS[lang]()).default);
}

/** The whole message tree of a language, for components that read several strings. */
export function messages(lang: Lang): Messages {
	return MESSAGES[lang] ?? en;
}

/** Dotted paths to every string: 'site.name', 'layers.durand-line.title', … */
export type MessageKey = Leaves<Messages>;
type Leaves<T, Prefix extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Dotted paths to every `{ one, other }` pair: 'location.days', 'about.files', … */
export type PluralKey = Plurals<Messages>;
type Plurals<T, Prefix extends string = ''> = {
	[K in keyof T & string]: T[K] extends string
		? never
		: T[K] extends { readonly one: string; readonly other: string }
			? `${Prefix}${K}`
			: Plurals<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Values for `{placeholders}`; numbers are written with the language's digits. */
export type Values = Readonly<Record<string, string | number>>;

function lookup(tree: unknown, key: string): string | undefined {
	let node = tree;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
		node = (node as Record<string, unknown>)[part];
	}
	return typeof node === 'string' && node !== '' ? node : undefined;
}

/**
 * Fills `{name}` placeholders. A placeholder without a value stays as it is, so a missing value
 * shows on the page instead of vanishing.
 */
function interpolate(lang: Lang, template: string, values: Values | undefined): string {
	if (!values) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		if (!Object.hasOwn(values, name)) return whole;
		const value = values[name]!;
		return typeof value === 'number' ? formatNumber(lang, value) : value;
	});
}

/**
 * The string at `key` in `lang`, with placeholders filled. Never undefined: a string missing in
 * `lang` falls back to English, and one missing in English (a key from outside the type system,
 * such as a URL value) to the key itself.
 * @example t('en', 'panel.since', { date: '12 Oct 2025' }) // "since 12 Oct 2025"
 */
export function t(lang: Lang, key: MessageKey, values?: Values): string {
	const template = lookup(messages(lang), key) ?? lookup(en, key) ?? key;
	return interpolate(lang, template, values);
}

/**
 * The singular or plural form at `key` for `count`, with `{count}` and any other placeholders
 * filled. The form follows the language's CLDR plural rule (Persian puts 0 with 1, but its two
 * forms are the same words, as nouns after numerals stay singular).
 * @example plural('en', 'location.days', 1) // "1 day"
 */
export function plural(lang: Lang, key: PluralKey, count: number, values?: Values): string {
	const form = pluralRules(lang).select(count) === 'one' ? 'one' : 'other';
	return t(lang, `${key}.${form}` as MessageKey, { count, ...values });
}

const cache = <T>(make: (lang: Lang) => T) => {
	const made = new Map<Lang, T>();
	return (lang: Lang): T => {
		let value = made.get(lang);
		if (value === undefined) made.set(lang, (value = make(lang)));
		return value;
	};
};

const language = (lang: Lang): Language => LANGUAGES[lang] ?? LANGUAGES.en;

const pluralRules = cache((lang) => new Intl.PluralRules(language(lang).htmlLang));

const numberFormat = cache(
	(lang) =>
		new Intl.NumberFormat(language(lang).htmlLang, {
			numberingSystem: language(lang).numberingSystem,
			maximumFractionDigits: 2
		})
);

const integerFormat = cache(
	(lang) =>
		new Intl.NumberFormat(language(lang).htmlLang, {
			numberingSystem: language(lang).numberingSystem,
			useGrouping: false
		})
);

/**
 * A number with grouped digits in the language's digit system.
 * @example formatNumber('en', 6500) // "6,500"
 * @example formatNumber('fa', 6500) // "۶٬۵۰۰"
 */
export function formatNumber(lang: Lang, n: number): string {
	return numberFormat(lang).format(n);
}

/**
 * A whole number without grouping (a year, a count in a label) in the language's digits.
 * @example formatInteger('ps', 2025) // "۲۰۲۵"
 */
export function formatInteger(lang: Lang, n: number): string {
	// Latin digits need no Intl, and the page's first Intl formatter costs 10–20 ms (ICU loads
	// its locale data): time an embed would otherwise spend formatting its dates before its map
	// starts. Signs are left to Intl (Urdu marks a minus with a direction mark).
	const plain = Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0);
	if (plain && language(lang).numberingSystem === 'latn') return String(n);
	return integerFormat(lang).format(n);
}

/**
 * A figure's value, a number or a range, in the language's digits, with an en dash between.
 * @example formatValue('en', { min: 6000, max: 6500 }) // "6,000–6,500"
 * @example formatValue('ps', 6500) // "۶٬۵۰۰"
 */
export function formatValue(lang: Lang, value: number | { min: number; max: number }): string {
	return typeof value === 'number'
		? formatNumber(lang, value)
		: formatRange(lang, value.min, value.max);
}

/**
 * A range of two numbers (one, when they are equal).
 * @example formatRange('en', 25, 27) // "25–27"
 */
export function formatRange(lang: Lang, min: number, max: number): string {
	return min === max
		? formatNumber(lang, min)
		: `${formatNumber(lang, min)}–${formatNumber(lang, max)}`;
}

export const MONTH_KEYS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
] as const;

/**
 * An ISO date (`YYYY-MM-DD`, Gregorian) written out in `lang`, independent of the runtime's
 * locale data and time zone. Throws a RangeError on anything that is not a real ISO date.
 * @example formatDate('en', '2025-10-12') // "12 Oct 2025"
 * @example formatDate('fa', '2025-10-12') // "۱۲ اکتوبر ۲۰۲۵"
 * @example formatDate('ur', '2025-10-12') // "12 اکتوبر 2025"
 */
export function formatDate(lang: Lang, iso: string): string {
	// Kept per message tree, so a language whose strings load later is not stuck with English.
	let written = writtenDates.get(messages(lang));
	if (!written) writtenDates.set(messages(lang), (written = new Map()));
	const key = `${lang}:${iso}`;
	let date = written.get(key);
	if (date === undefined) written.set(key, (date = writeDate(lang, iso)));
	return date;
}

/**
 * Dates already written: a change of language rewrites every date on the page at once (each
 * place's "since", each week of the incidents timeline), and a page shows the same days again.
 */
const writtenDates = new WeakMap<Messages, Map<string, string>>();

function writeDate(lang: Lang, iso: string): string {
	if (!isIsoDate(iso)) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	return t(lang, 'date.format', {
		day: formatInteger(lang, day),
		month: t(lang, `date.months.${MONTH_KEYS[month - 1]!}`),
		year: formatInteger(lang, year)
	});
}
