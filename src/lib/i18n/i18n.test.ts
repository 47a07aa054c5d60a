import { afterEach, describe, expect, it, vi } from 'vitest';
import './all';
import en from './en';
import {
	formatDate,
	formatInteger,
	formatNumber,
	isLang,
	LANGS,
	LANGUAGES,
	messages,
	plural,
	registerMessages,
	t,
	type Lang,
	type MessageKey
} from './index';
import { statusPhrase } from './phrases';
import { ALL_STATUSES, SCOPES } from '$lib/data/vocabulary';
import { LAYERS } from '$lib/layers/registry';
import { CSV_TABLES } from '$lib/server/downloads';

/** Every leaf of a message tree as [dotted path, string]. */
function leaves(tree: object, prefix = ''): [string, unknown][] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'object' && value !== null
			? leaves(value, `${prefix}${key}.`)
			: [[`${prefix}${key}`, value] as [string, unknown]]
	);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const englishLeaves = new Map(leaves(en));
const TRANSLATIONS = LANGS.filter((lang) => lang !== 'en');

describe('message files', () => {
	it.each(TRANSLATIONS)('%s has exactly the keys of English', (lang) => {
		expect(leaves(messages(lang)).map(([key]) => key)).toEqual([...englishLeaves.keys()]);
	});

	it.each(LANGS)('%s has no empty or non-string entries', (lang) => {
		for (const [key, value] of leaves(messages(lang))) {
			expect(typeof value, key).toBe('string');
			expect((value as string).trim(), key).not.toBe('');
		}
	});

	it.each(TRANSLATIONS)('%s uses exactly the placeholders of English', (lang) => {
		for (const [key, value] of leaves(messages(lang))) {
			expect(placeholders(value as string), key).toEqual(
				placeholders(englishLeaves.get(key) as string)
			);
		}
	});

	it.each(TRANSLATIONS)('%s differs from English in its prose', (lang) => {
		// Catches a file pasted from English and never translated; templates made only of
		// placeholders and punctuation, names and codes may agree.
		const words = (text: string) => /[a-z]{3}/.test(text.replace(/\{\w+\}/g, ''));
		const same = leaves(messages(lang)).filter(
			([key, value]) => value === englishLeaves.get(key) && words(value as string)
		);
		expect(same).toEqual([]);
	});

	// Keyboard slips between the Arabic-script languages show up as wrong code points: Arabic
	// kaf/yeh in Dari, Persian gaf in Pashto, Arabic heh in Urdu, Arabic-Indic digits anywhere.
	const FORBIDDEN: Record<Exclude<Lang, 'en'>, [RegExp, string][]> = {
		ps: [
			[/[\u0643\u0649]/, 'Arabic kaf or alef maksura'],
			[/\u06AF/, 'Persian gaf (Pashto writes ګ)'],
			[/[\u06C1\u06BE\u06D2]/, 'Urdu heh or yeh barree'],
			[/[\u0660-\u0669]/, 'Arabic-Indic digits (Pashto uses ۰–۹)']
		],
		fa: [
			[/[\u0643\u064A\u0649]/, 'Arabic kaf or yeh'],
			[/[\u06AB\u06BC\u06CD\u06D0]/, 'Pashto letters'],
			[/[\u06C1\u06BE\u06D2]/, 'Urdu heh or yeh barree'],
			[/[\u0660-\u0669]/, 'Arabic-Indic digits (Dari uses ۰–۹)']
		],
		ur: [
			[/[\u0643\u064A\u0649]/, 'Arabic kaf or yeh'],
			[/\u0647/, 'Arabic heh (Urdu writes ہ or ھ)'],
			[/[\u06AB\u06CD\u06D0]/, 'Pashto letters'],
			[/[\u0660-\u0669\u06F0-\u06F9]/, 'non-Latin digits (Urdu news uses 0–9)']
		]
	};
	it.each(TRANSLATIONS)('%s is written in its own letters and digits', (lang) => {
		for (const [key, value] of leaves(messages(lang))) {
			for (const [pattern, what] of FORBIDDEN[lang as Exclude<Lang, 'en'>]) {
				expect(pattern.test(value as string), `${key}: ${what}`).toBe(false);
			}
		}
	});

	it('has a title and a description for every registry layer, in registry order', () => {
		expect(Object.keys(en.layers)).toEqual(LAYERS.map((layer) => layer.id));
		for (const layer of LAYERS) {
			expect(en.layers[layer.id].title.length, layer.id).toBeGreaterThan(0);
			expect(en.layers[layer.id].description.length, layer.id).toBeGreaterThan(0);
		}
	});

	it('English CSV table strings are those of the downloads list', () => {
		expect(Object.keys(en.data.tables)).toEqual(CSV_TABLES.map((table) => table.name));
		for (const table of CSV_TABLES) {
			const strings = en.data.tables[table.name as keyof typeof en.data.tables];
			expect(strings).toEqual({ title: table.title, description: table.description });
		}
	});

	it('English status templates rebuild every phrase of labels.ts', () => {
		const routeWords = new Set(['operating', 'disrupted', 'blocked']);
		for (const status of ALL_STATUSES) {
			for (const scope of SCOPES) {
				let phrase: string;
				if (status === 'unknown') phrase = t('en', 'status.notReported');
				else if (scope === 'all' || (scope === 'trade' && routeWords.has(status)))
					phrase = t('en', `status.${status}`);
				else
					phrase = t(
						'en',
						status === 'closed' || status === 'blocked'
							? 'status.withScope.stops'
							: status === 'open'
								? 'status.withScope.opens'
								: 'status.withScope.passes',
						{ status: t('en', `status.${status}`), scope: t('en', `scope.inPhrase.${scope}`) }
					);
				expect(phrase, `${status}/${scope}`).toBe(statusPhrase(status, scope));
			}
		}
	});

	it('the English summary templates rebuild the documented sentence', () => {
		const parts = [
			t('en', 'summary.part', { name: 'Torkham', status: 'closed' }),
			t('en', 'summary.part', { name: 'Chaman', status: 'restricted to returnees only' }),
			t('en', 'summary.part', { name: 'Chabahar corridor', status: 'operating' })
		].join(t('en', 'summary.separator'));
		expect(t('en', 'summary.sentence', { date: formatDate('en', '2025-10-20'), parts })).toBe(
			'On 20 Oct 2025: Torkham closed; Chaman restricted to returnees only; Chabahar corridor operating.'
		);
	});
});

describe('t', () => {
	afterEach(() => {
		vi.doUnmock('./ps');
		vi.resetModules();
	});

	it('interpolates placeholders, writing numbers in the language’s digits', () => {
		expect(t('en', 'panel.since', { date: '12 Oct 2025' })).toBe('since 12 Oct 2025');
		expect(t('en', 'embed.sizeWidth', { size: 'Small', width: 400 })).toBe('Small (400 px)');
		expect(t('fa', 'embed.sizeWidth', { size: 'کوچک', width: 400 })).toBe('کوچک (۴۰۰ پیکسل)');
		expect(t('ur', 'location.route.km', { value: 1234 })).toBe('1,234 کلومیٹر');
	});

	it('leaves a placeholder without a value in place, and ignores values it does not use', () => {
		expect(t('en', 'panel.since')).toBe('since {date}');
		expect(t('en', 'panel.layers', { date: 'x' })).toBe('Layers');
	});

	it('does not read placeholders inside values as placeholders', () => {
		expect(t('en', 'map.of', { name: '{name}' })).toBe('Map of {name}');
	});

	it('falls back to English for a string a language lacks or leaves empty', async () => {
		const ps = (await import('./ps')).default;
		vi.doMock('./ps', () => ({
			default: {
				...ps,
				panel: { ...ps.panel, layers: '' },
				slider: { ...ps.slider, play: undefined }
			}
		}));
		vi.resetModules();
		const fresh = await import('./index');
		await fresh.loadLanguage('ps');
		expect(fresh.t('ps', 'panel.layers')).toBe('Layers');
		expect(fresh.t('ps', 'slider.play')).toBe('Play');
		expect(fresh.t('ps', 'panel.places')).toBe('ځایونه');
	});

	it('loads a language on demand: English until its strings arrive', async () => {
		vi.resetModules();
		const fresh = await import('./index');
		expect(fresh.isLoaded('fa')).toBe(false);
		expect(fresh.t('fa', 'panel.places')).toBe('Places');
		await fresh.loadLanguage('fa');
		expect(fresh.isLoaded('fa')).toBe(true);
		expect(fresh.t('fa', 'panel.places')).toBe('مکان‌ها');
	});

	it('falls back to the key itself when English lacks it too', () => {
		expect(t('ps', 'no.such.key' as MessageKey)).toBe('no.such.key');
		expect(t('en', 'panel' as MessageKey)).toBe('panel');
		expect(t('en', 'constructor' as MessageKey)).toBe('constructor');
	});

	it('falls back to English for a language it does not know', () => {
		expect(t('de' as Lang, 'panel.layers')).toBe('Layers');
	});
});

describe('plural', () => {
	it('picks the singular for one and the plural otherwise', () => {
		expect(plural('en', 'location.days', 1)).toBe('1 day');
		expect(plural('en', 'location.days', 20)).toBe('20 days');
		expect(plural('en', 'location.days', 0)).toBe('0 days');
		expect(plural('ps', 'location.days', 1)).toBe('۱ ورځ');
		expect(plural('ps', 'location.days', 3)).toBe('۳ ورځې');
		expect(plural('ur', 'about.files', 2)).toBe('(2 فائلیں)');
	});

	it('fills other placeholders too', () => {
		expect(plural('en', 'location.closuresReported', 3, { date: '1 Jan 2023' })).toBe(
			'3 closure episodes reported since 1 Jan 2023'
		);
	});
});

describe('formatDate', () => {
	it('writes Dari dates in the Gregorian calendar with Eastern Arabic-Indic digits', () => {
		const date = formatDate('fa', '2025-10-12');
		expect(date).toBe('۱۲ اکتوبر ۲۰۲۵');
		expect(date).toContain('۲۰۲۵');
		expect(date).not.toMatch(/1404|۱۴۰۴|میزان|مهر/);
	});

	it('writes Pashto and Urdu dates in the Gregorian calendar, in their digits', () => {
		expect(formatDate('ps', '2025-10-12')).toBe('۱۲ اکتوبر ۲۰۲۵');
		expect(formatDate('ps', '2025-05-01')).toBe('۱ مۍ ۲۰۲۵');
		expect(formatDate('ur', '2025-10-12')).toBe('12 اکتوبر 2025');
		expect(formatDate('ur', '2024-02-29')).toBe('29 فروری 2024');
	});

	it('writes English dates as day, short month and year, without a leading zero', () => {
		expect(formatDate('en', '2025-10-12')).toBe('12 Oct 2025');
		expect(formatDate('en', '2025-11-01')).toBe('1 Nov 2025');
		expect(formatDate('en', '2024-02-29')).toBe('29 Feb 2024');
	});

	it('does not depend on the time zone: the first and last day of a year stay in it', () => {
		expect(formatDate('en', '2025-01-01')).toBe('1 Jan 2025');
		expect(formatDate('en', '2025-12-31')).toBe('31 Dec 2025');
	});

	it('writes a date again once its language’s strings are there (they load after the page)', () => {
		const loaded = messages('ps');
		const months = { ...loaded.date.months, oct: 'اکتوبر*' };
		registerMessages('ps', { ...loaded, date: { ...loaded.date, months } });
		try {
			expect(formatDate('ps', '2025-10-12')).toBe('۱۲ اکتوبر* ۲۰۲۵');
		} finally {
			registerMessages('ps', loaded);
		}
		expect(formatDate('ps', '2025-10-12')).toBe('۱۲ اکتوبر ۲۰۲۵');
	});

	it('rejects anything that is not a real ISO date', () => {
		expect(() => formatDate('fa', '2025-02-30')).toThrow(RangeError);
		expect(() => formatDate('en', '12 Oct 2025')).toThrow(RangeError);
	});

	it.each(LANGS)('%s month names are CLDR’s Gregorian short months', (lang) => {
		// Node ships full ICU, so its CLDR data is the reference the files were written from.
		const locale = lang === 'en' ? 'en-US' : LANGUAGES[lang].htmlLang;
		const cldr = new Intl.DateTimeFormat(locale, {
			month: 'short',
			calendar: 'gregory',
			timeZone: 'UTC'
		});
		const ours = Object.values(messages(lang).date.months);
		const theirs = Array.from({ length: 12 }, (_, month) =>
			cldr.format(new Date(Date.UTC(2025, month, 15)))
		);
		expect(ours).toEqual(theirs);
	});
});

describe('formatNumber', () => {
	it('groups digits in each language’s digit system', () => {
		expect(formatNumber('en', 6500)).toBe('6,500');
		expect(formatNumber('ur', 6500)).toBe('6,500');
		expect(formatNumber('fa', 6500)).toBe('۶٬۵۰۰');
		expect(formatNumber('ps', 1234.5)).toBe('۱٬۲۳۴٫۵');
		expect(formatNumber('en', 0.125)).toBe('0.13');
	});
});

describe('formatInteger', () => {
	const integers = [0, 7, -5, 2025, 100000, Number.MAX_SAFE_INTEGER, 2.5, -0];

	it.each(LANGS)('writes %s whole numbers exactly as Intl does, without grouping', (lang) => {
		const intl = new Intl.NumberFormat(LANGUAGES[lang].htmlLang, {
			numberingSystem: LANGUAGES[lang].numberingSystem,
			useGrouping: false
		});
		for (const n of integers) expect(formatInteger(lang, n), String(n)).toBe(intl.format(n));
	});

	it('writes English dates without Intl (a page’s first formatter costs 10–20 ms)', () => {
		// `format` is a getter; formatters made before this test would only be used, not made.
		const prototype = Intl.NumberFormat.prototype as unknown as { format: unknown };
		const used = vi.spyOn(prototype, 'format', 'get');
		const made = vi.spyOn(Intl, 'NumberFormat');
		try {
			expect(formatDate('en', '2025-10-12')).toBe('12 Oct 2025');
			expect(formatInteger('ur', 2025)).toBe('2025');
			expect(made).not.toHaveBeenCalled();
			expect(used).not.toHaveBeenCalled();
		} finally {
			made.mockRestore();
			used.mockRestore();
		}
	});
});

describe('LANGUAGES', () => {
	it('marks Pashto, Dari and Urdu right-to-left and English left-to-right', () => {
		expect(LANGS).toEqual(['en', 'ps', 'fa', 'ur']);
		expect(LANGS.map((lang) => LANGUAGES[lang].dir)).toEqual(['ltr', 'rtl', 'rtl', 'rtl']);
	});

	it('names each language in itself, with its html lang tag', () => {
		expect(LANGS.map((lang) => LANGUAGES[lang].nativeName)).toEqual([
			'English',
			'پښتو',
			'دری',
			'اردو'
		]);
		expect(LANGS.map((lang) => LANGUAGES[lang].htmlLang)).toEqual(['en', 'ps', 'fa-AF', 'ur']);
	});

	it('recognises only its own codes', () => {
		expect(LANGS.every(isLang)).toBe(true);
		for (const value of ['EN', 'fa-AF', 'de', '', 'toString', '__proto__', null, 1]) {
			expect(isLang(value), String(value)).toBe(false);
		}
	});
});
