/**
 * The share cards: a 1200×630 PNG per place and one of the whole map, which a link to the place
 * page, the dashboard or an embed unfurls to in chat and on social media. Each card is the place's
 * focused static map (the same drawing as its page's map, from $lib/server/static-map-data) beside
 * a panel with its name, its status on the data's date (marker and word, as the site shows it) and
 * that date, in English: the tags that point at it say `og:locale` en.
 *
 * `cardContent` gathers the facts, `cardLayout` (pure) fits them into the panel with measured
 * text, and ShareCard.svelte draws the result; resvg rasterises it with the bundled fonts.
 */
import { render } from 'svelte/server';
import ShareCard from '$lib/components/ShareCard.svelte';
import { cameraBbox, type StaticMapShape } from '$lib/geo/static-map';
import { declutterShape } from '$lib/geo/declutter-labels';
import { DEFAULT_LAYERS } from '$lib/layers/registry';
import { DEFAULT_CAMERA } from '$lib/view/camera';
import { CARD_SIZE, OVERVIEW_CARD } from '$lib/view/share';
import { SEVERITY_OF } from '$lib/data/vocabulary';
import type { Severity } from '$lib/data/encoding';
import { lookupIn, placeStatusOn } from '$lib/data/place-status';
import { shortName } from '$lib/data/labels';
import { formatDate, t } from '$lib/i18n';
import { statusLabel, statusPhrase, SUMMARY_SLUGS } from '$lib/i18n/phrases';
import type { Location } from '$lib/data/types';
import { geodata } from './geodata-cache';
import { mapPageData } from './map-page-data';
import { frameFor, staticMapFor } from './static-map-data';
import { placeLayers, VIEW_SIZE } from './static-views';
import { CARD_FONT_FAMILY, cardFonts, type Weight } from './card-fonts';

/** The panel of text on the card's left; the map fills the rest. */
export const PANEL_WIDTH = 456;
/**
 * The map is drawn at 1/MAP_SCALE of its area and scaled up, so that its labels and markers read
 * at the size a card is shown (often a third of its pixels), as on a place page's map.
 */
export const MAP_SCALE = 1.5;
export const MAP_SIZE = {
	width: Math.round((CARD_SIZE.width - PANEL_WIDTH) / MAP_SCALE),
	height: Math.round(CARD_SIZE.height / MAP_SCALE)
};

/** What a card says, before it is laid out. */
export interface CardContent {
	/** Small capitals above the title: a place's kind; null for none. */
	eyebrow: string | null;
	title: string;
	/** One status line per place the card speaks of, each with its marker. */
	rows: { severity: Severity; text: string }[];
	/** A quieter line under the rows ("since 12 Oct 2025"); null for none. */
	note: string | null;
	/** "Data as of …", or "Not updated since …" on a stale build. */
	date: { text: string; stale: boolean };
}

/** One line of text where ShareCard draws it: `y` is the baseline. */
export interface CardLine {
	text: string;
	x: number;
	y: number;
	size: number;
	weight: Weight;
}

export interface CardLayout {
	brand: CardLine;
	eyebrow: CardLine | null;
	title: CardLine[];
	rows: {
		severity: Severity;
		marker: { x: number; y: number; radius: number };
		lines: CardLine[];
	}[];
	note: CardLine | null;
	date: CardLine & { stale: boolean; box: { x: number; y: number; width: number; height: number } };
}

export type Measure = (text: string, size: number, weight: Weight) => number;

const PAD = 48;
const TEXT_WIDTH = PANEL_WIDTH - 2 * PAD;
/** Title sizes tried, largest first, and the most lines a title or a row may take. */
const TITLE_SIZES = [60, 52, 44, 38, 32];
const ROW_SIZES = [30, 26, 22, 19];
const TITLE_LINES = 3;
const ROW_LINES = 2;
const DATE_SIZE = 20;
/** The lowest baseline the rows and note may reach: clear of the date's box below them. */
const CONTENT_BOTTOM = CARD_SIZE.height - PAD - DATE_SIZE - 36;

/**
 * Fits `content` into the panel: the largest title and status sizes whose lines all fit above
 * the date, words wrapped by their measured widths; a title that fits at no size loses its last
 * words to an ellipsis rather than run into the lines below.
 */
export function cardLayout(content: CardContent, measure: Measure): CardLayout {
	const brand: CardLine = { text: 'BORDER MAP', x: PAD, y: PAD + 22, size: 22, weight: 700 };
	const rowSizes = content.rows.length > 1 ? ROW_SIZES.slice(1) : ROW_SIZES;
	let fallback: CardLayout | null = null;
	for (const titleSize of TITLE_SIZES) {
		for (const rowSize of rowSizes) {
			const layout = flow(content, measure, brand, titleSize, rowSize);
			fallback = layout.layout;
			if (layout.fits) return layout.layout;
		}
	}
	return fallback!;
}

function flow(
	content: CardContent,
	measure: Measure,
	brand: CardLine,
	titleSize: number,
	rowSize: number
): { layout: CardLayout; fits: boolean } {
	let fits = true;
	let y = brand.y + 58;
	let eyebrow: CardLine | null = null;
	if (content.eyebrow) {
		eyebrow = { text: content.eyebrow.toUpperCase(), x: PAD, y: y + 18, size: 18, weight: 700 };
		y = eyebrow.y + 10;
	}
	const titleWrap = wrap(content.title, TEXT_WIDTH, TITLE_LINES, (text) =>
		measure(text, titleSize, 700)
	);
	fits &&= titleWrap.complete;
	const title = titleWrap.lines.map((text) => {
		y += titleSize * 1.12;
		return { text, x: PAD, y, size: titleSize, weight: 700 as const };
	});
	y += 20;
	const radius = Math.round(rowSize * 0.45);
	const textX = PAD + 2 * radius + 12;
	const rows = content.rows.map(({ severity, text }) => {
		const rowWrap = wrap(text, PANEL_WIDTH - PAD - textX, ROW_LINES, (line) =>
			measure(line, rowSize, 700)
		);
		fits &&= rowWrap.complete;
		const lines = rowWrap.lines.map((line) => {
			y += rowSize * 1.2;
			return { text: line, x: textX, y, size: rowSize, weight: 700 as const };
		});
		y += 8;
		// Centred on the first line's lower-case letters.
		const marker = { x: PAD + radius, y: lines[0]!.y - rowSize * 0.36, radius };
		return { severity, marker, lines };
	});
	let note: CardLine | null = null;
	if (content.note) {
		note = { text: content.note, x: PAD, y: y + 26, size: 20, weight: 400 };
		y = note.y;
	}
	fits &&= y <= CONTENT_BOTTOM;
	const dateWeight: Weight = content.date.stale ? 700 : 400;
	const dateY = CARD_SIZE.height - PAD;
	const date = {
		text: content.date.text,
		x: PAD + (content.date.stale ? 14 : 0),
		y: dateY,
		size: DATE_SIZE,
		weight: dateWeight,
		stale: content.date.stale,
		box: {
			x: PAD,
			y: dateY - DATE_SIZE - 8,
			width: measure(content.date.text, DATE_SIZE, dateWeight) + 28,
			height: DATE_SIZE + 20
		}
	};
	return { layout: { brand, eyebrow, title, rows, note, date }, fits };
}

/**
 * Words in lines no wider than `width` (a word wider on its own takes a line to itself), at most
 * `max` lines; `complete` is false when words were left off (the last line then ends in "…").
 */
export function wrap(
	text: string,
	width: number,
	max: number,
	measure: (text: string) => number
): { lines: string[]; complete: boolean } {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (!line || measure(candidate) <= width) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	const wide = lines.some((candidate) => measure(candidate) > width);
	if (lines.length <= max && !wide) return { lines, complete: true };
	const kept = lines.slice(0, max);
	let last = kept[max - 1] ?? kept.at(-1)!;
	while (last.length > 1 && measure(`${last}…`) > width) last = last.slice(0, -1).trimEnd();
	kept[kept.length - 1] = `${last}…`;
	return { lines: kept, complete: false };
}

/** The names of every card: the overview, then one per place. */
export function cardNames(): string[] {
	const slugs = geodata().locations.map(({ slug }) => slug);
	if (slugs.includes(OVERVIEW_CARD))
		throw new Error(`a place is called "${OVERVIEW_CARD}": its card would take the map's path`);
	return [OVERVIEW_CARD, ...slugs];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A card's content and its map. */
export interface Card {
	content: CardContent;
	/** The map, shaped on demand: the head tags need only the words. */
	shape: () => StaticMapShape;
	mapTitle: string;
	highlight: string | null;
}

/** What the card called `name` says and shows; null when there is no such card. */
export function cardContent(name: string): Card | null {
	const { locations, bySlug } = geodata();
	const { asOf, staleSince } = mapPageData();
	const places = lookupIn(locations);
	const date = {
		text: staleSince
			? t('en', 'site.notUpdatedSince', { date: formatDate('en', staleSince) })
			: t('en', 'site.dataAsOf', { date: formatDate('en', asOf) }),
		stale: staleSince !== null
	};
	const { width, height } = MAP_SIZE;
	if (name === OVERVIEW_CARD) {
		return {
			content: {
				eyebrow: null,
				title: t('en', 'site.eyebrow'),
				rows: SUMMARY_SLUGS.flatMap((slug) => {
					const place = places(slug);
					if (!place) return [];
					const { status, scope } = placeStatusOn(place, asOf, places);
					return [
						{
							severity: SEVERITY_OF[status],
							text: `${shortName(place.names)} ${statusPhrase(status, scope ?? 'all')}`
						}
					];
				}),
				note: null,
				date
			},
			mapTitle: 'Map of the Pakistan–Afghanistan border, its crossings and trade routes',
			highlight: null,
			// The dashboard's opening frame, fitted into the card's map.
			shape: () =>
				staticMapFor(
					locations,
					DEFAULT_LAYERS,
					asOf,
					cameraBbox(DEFAULT_CAMERA, VIEW_SIZE.width, VIEW_SIZE.height),
					width,
					height
				)
		};
	}
	const location: Location | undefined = bySlug[name];
	if (!location) return null;
	const current = placeStatusOn(location, asOf, places);
	return {
		content: {
			eyebrow: t('en', `kind.singular.${location.kind}`),
			title: location.names.en,
			rows: [
				{
					severity: SEVERITY_OF[current.status],
					text: capitalise(statusLabel(current.status, current.scope ?? 'all'))
				}
			],
			note: current.since
				? t('en', 'panel.since', { date: formatDate('en', current.since) })
				: null,
			date
		},
		mapTitle: `Map of ${location.names.en} and its neighbours`,
		highlight: location.slug,
		shape: () =>
			staticMapFor(
				locations,
				placeLayers(location, locations),
				asOf,
				frameFor(location, locations, width / height),
				width,
				height,
				location.slug
			)
	};
}

/**
 * The card's text alternative, from the same content it draws: e.g. "Torkham: Restricted to
 * returnees only, since 1 Nov 2025. Not updated since 1 Jul 2026. Map of Torkham and its
 * neighbours."
 */
export function cardAlt({ content, mapTitle }: Pick<Card, 'content' | 'mapTitle'>): string {
	const rows = content.rows.map((row) => row.text).join('; ');
	const note = content.note ? `, ${content.note}` : '';
	return `${content.title}: ${rows}${note}. ${content.date.text}. ${mapTitle}.`;
}

/** The card as SVG, its text in the bundled font (resvg is given that font and no other). */
export function shareCardSvg(name: string): string | null {
	const card = cardContent(name);
	if (!card) return null;
	const fonts = cardFonts();
	const { body } = render(ShareCard, {
		props: {
			layout: cardLayout(card.content, fonts.measure),
			map: declutterShape(
				card.shape(),
				(label, bold) => fonts.measure(label, 12, bold ? 700 : 400),
				card.highlight
			),
			mapTitle: card.mapTitle,
			highlight: card.highlight,
			alt: cardAlt(card),
			panelWidth: PANEL_WIDTH,
			mapScale: MAP_SCALE,
			fontFamily: CARD_FONT_FAMILY
		}
	});
	// Svelte's hydration markers are comments; an image file needs none of them.
	return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/<!--[\s\S]*?-->/g, '')}`;
}

/** The card as a 1200×630 PNG, or null when there is no such card. */
export async function shareCardPng(name: string): Promise<Uint8Array | null> {
	const svg = shareCardSvg(name);
	if (svg === null) return null;
	// Loaded on demand: a native module, needed only while prerendering these files.
	const { Resvg } = await import('@resvg/resvg-js');
	const fonts = cardFonts();
	return new Resvg(svg, {
		font: {
			loadSystemFonts: false,
			fontFiles: fonts.files,
			defaultFontFamily: CARD_FONT_FAMILY,
			sansSerifFamily: CARD_FONT_FAMILY
		}
	})
		.render()
		.asPng();
}
