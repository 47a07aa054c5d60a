/**
 * The share cards: real PNGs of the real data, drawn with the bundled fonts — a map, not a blank
 * card; the place's name, status marker and date in the panel; no line of text running out of the
 * panel or into the next.
 */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { severityColour } from '$lib/data/encoding';
import { CARD_SIZE } from '$lib/view/share';
import { cardFonts } from './card-fonts';
import { geodata } from './geodata-cache';
import { mapPageData } from './map-page-data';
import {
	cardContent,
	cardLayout,
	cardNames,
	PANEL_WIDTH,
	shareCardPng,
	shareCardSvg,
	wrap,
	type CardContent,
	type CardLayout
} from './share-card';

const decode = async (name: string) => PNG.sync.read(Buffer.from((await shareCardPng(name))!));
const hex = (png: PNG, x: number, y: number) => {
	const i = (y * png.width + x) * 4;
	return `#${[0, 1, 2].map((k) => png.data[i + k]!.toString(16).padStart(2, '0')).join('')}`;
};
/** The distinct colours in a rectangle of the image, sampled every `step` px. */
function colours(png: PNG, [x0, y0, x1, y1]: number[], step = 3): Set<string> {
	const found = new Set<string>();
	for (let y = y0!; y < y1!; y += step)
		for (let x = x0!; x < x1!; x += step) found.add(hex(png, x, y));
	return found;
}
const MAP_AREA = [PANEL_WIDTH + 1, 0, CARD_SIZE.width, CARD_SIZE.height];
const PANEL_AREA = [0, 0, PANEL_WIDTH, CARD_SIZE.height];

describe('a place card', async () => {
	const torkham = await decode('torkham');
	const layout = cardLayout(cardContent('torkham')!.content, cardFonts().measure);

	it('is a 1200×630 PNG', () => {
		expect([torkham.width, torkham.height]).toEqual([1200, 630]);
	});

	it('draws a map: land, routes, the border and labels in many colours', () => {
		expect(colours(torkham, MAP_AREA).size).toBeGreaterThan(60);
	});

	it('draws the panel text with the bundled font: a quarter of the title’s box is ink', () => {
		const [title] = layout.title;
		const width = Math.round(cardFonts().measure(title!.text, title!.size, 700));
		let dark = 0;
		let all = 0;
		const baseline = Math.round(title!.y);
		for (let y = baseline - Math.round(title!.size * 0.7); y < baseline; y++)
			for (let x = title!.x; x < title!.x + width; x++, all++)
				if (parseInt(hex(torkham, x, y).slice(1, 3), 16) < 100) dark++;
		expect(dark / all).toBeGreaterThan(0.25);
	});

	it('shows the status marker in the status colour, beside the status word', () => {
		const [row] = layout.rows;
		expect(row!.severity).toBe('partial');
		const { x, y, radius } = row!.marker;
		// The partial marker fills its left half.
		expect(hex(torkham, Math.round(x - radius / 2), Math.round(y))).toBe(severityColour('partial'));
		expect(row!.lines.map((line) => line.text).join(' ')).toBe('Restricted to returnees only');
	});

	it('says the data’s date, or that it is stale', () => {
		const { asOf, staleSince } = mapPageData();
		const svg = shareCardSvg('torkham')!;
		if (staleSince) expect(svg).toContain('Not updated since');
		else expect(svg).toContain(`Data as of`);
		expect(svg).toContain(asOf.slice(0, 4));
	});

	it('differs from another place’s card, in the map and in the panel', async () => {
		const chaman = await decode('chaman');
		const differ = (area: number[]) => {
			let count = 0;
			for (let y = area[1]!; y < area[3]!; y += 5)
				for (let x = area[0]!; x < area[2]!; x += 5)
					if (hex(torkham, x, y) !== hex(chaman, x, y)) count++;
			return count;
		};
		expect(differ(MAP_AREA)).toBeGreaterThan(500);
		expect(differ(PANEL_AREA)).toBeGreaterThan(50);
	});
});

describe('the overview card', async () => {
	const overview = await decode('overview');

	it('draws the whole map, sea included, and a row per summary place', () => {
		expect(colours(overview, MAP_AREA).size).toBeGreaterThan(60);
		const content = cardContent('overview')!.content;
		expect(content.rows.map((row) => row.text)).toEqual([
			expect.stringMatching(/^Torkham /),
			expect.stringMatching(/^Chaman–Spin Boldak /),
			expect.stringMatching(/^Chabahar corridor /)
		]);
	});
});

describe('cardNames', () => {
	it('names the overview and every place, once', () => {
		const names = cardNames();
		expect(names[0]).toBe('overview');
		expect(names.slice(1)).toEqual(geodata().locations.map((location) => location.slug));
		expect(cardContent('no-such-place')).toBeNull();
	});
});

describe('cardLayout', () => {
	const { measure } = cardFonts();
	const content = (title: string, rows = 1): CardContent => ({
		eyebrow: 'crossing',
		title,
		rows: Array.from({ length: rows }, () => ({
			severity: 'stopped' as const,
			text: 'Restricted to returnees only'
		})),
		note: 'since 12 Oct 2025',
		date: { text: 'Not updated since 1 Jul 2026', stale: true }
	});
	/** Every line of a layout, top to bottom. */
	const lines = (layout: CardLayout) => [
		layout.brand,
		...(layout.eyebrow ? [layout.eyebrow] : []),
		...layout.title,
		...layout.rows.flatMap((row) => row.lines),
		...(layout.note ? [layout.note] : []),
		layout.date
	];
	const fitsThePanel = (layout: CardLayout) => {
		const all = lines(layout);
		for (const line of all)
			expect(line.x + measure(line.text, line.size, line.weight)).toBeLessThanOrEqual(
				PANEL_WIDTH - 40
			);
		// Each baseline lies at least its line's size below the one before: no two lines touch.
		for (let i = 1; i < all.length; i++)
			expect(all[i]!.y - all[i - 1]!.y).toBeGreaterThanOrEqual(all[i]!.size * 0.95);
		expect(all.at(-1)!.y).toBeLessThanOrEqual(CARD_SIZE.height - 40);
	};

	it('every real card fits its panel', () => {
		for (const name of cardNames()) fitsThePanel(cardLayout(cardContent(name)!.content, measure));
	});

	it('a short name stays large and on one line; a long one wraps, smaller', () => {
		const short = cardLayout(content('Torkham'), measure);
		expect(short.title.map((line) => line.text)).toEqual(['Torkham']);
		const long = cardLayout(content('Chaman–Spin Boldak (Friendship Gate)'), measure);
		expect(long.title.length).toBeGreaterThan(1);
		expect(long.title[0]!.size).toBeLessThanOrEqual(short.title[0]!.size);
		fitsThePanel(long);
	});

	it('a name too long for any size ends in an ellipsis rather than running into the status', () => {
		const name = Array.from({ length: 30 }, (_, i) => `Word${i}`).join(' ');
		const layout = cardLayout(content(name, 3), measure);
		expect(layout.title.length).toBeLessThanOrEqual(3);
		expect(layout.title.at(-1)!.text.endsWith('…')).toBe(true);
		fitsThePanel(layout);
	});

	it('lays out a name in a script the fonts lack without breaking', () => {
		// The card is English, but a name in Pashto (measured at a default width) must not throw.
		const layout = cardLayout(content('تورخم Torkham'), measure);
		expect(layout.title.map((line) => line.text).join(' ')).toBe('تورخم Torkham');
		fitsThePanel(layout);
	});
});

describe('wrap', () => {
	const perChar = (text: string) => text.length * 10;

	it('breaks between words at the width', () => {
		expect(wrap('aaa bbb ccc', 70, 3, perChar)).toEqual({
			lines: ['aaa bbb', 'ccc'],
			complete: true
		});
	});

	it('cuts to the last line it may take, with an ellipsis that fits', () => {
		const { lines, complete } = wrap('aaa bbb ccc ddd eee', 70, 2, perChar);
		expect(complete).toBe(false);
		expect(lines).toHaveLength(2);
		expect(perChar(lines[1]!)).toBeLessThanOrEqual(70);
		expect(lines[1]!.endsWith('…')).toBe(true);
	});
});
