/**
 * The head tags' fields and the oEmbed thumbnail: absolute URLs under SITE_URL that name the card
 * drawn for the same place, and a description that is a sentence from the record.
 */
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '$lib/site';
import { lookupIn, placeStatusOn } from '$lib/data/place-status';
import { formatDate } from '$lib/i18n';
import { statusPhrase } from '$lib/i18n/phrases';
import { CARD_SIZE } from '$lib/view/share';
import { geodata } from './geodata-cache';
import { mapPageData } from './map-page-data';
import { oembedFor } from './oembed';
import { cardNames } from './share-card';
import {
	firstSentence,
	overviewShare,
	pageShare,
	placeShare,
	shareForRoute,
	shareTags
} from './share-meta';

describe('placeShare', () => {
	it('points every place page at its own card, with its status sentence first', () => {
		for (const { slug, summary } of geodata().locations) {
			const meta = placeShare(slug);
			expect(meta.url).toBe(`${SITE_URL}/locations/${slug}`);
			expect(meta.image).toMatchObject({
				url: `${SITE_URL}/maps/card/${slug}.png`,
				width: CARD_SIZE.width,
				height: CARD_SIZE.height
			});
			expect(cardNames()).toContain(slug);
			expect(meta.description).toMatch(/^On \d{1,2} [A-Z][a-z]{2} \d{4}: .+\. /);
			expect(meta.description.endsWith(firstSentence(summary))).toBe(true);
			expect(meta.image.alt).toMatch(/^.+: .+\. (Data as of|Not updated since) /);
		}
	});

	it('Torkham on the data’s date', () => {
		const { asOf } = mapPageData();
		const places = lookupIn(geodata().locations);
		const { status, scope, since } = placeStatusOn(places('torkham')!, asOf, places);
		const meta = placeShare('torkham');
		expect(meta.title).toBe('Torkham: status, closures and trade impact');
		expect(meta.description).toBe(
			`On ${formatDate('en', asOf)}: Torkham ${statusPhrase(status, scope ?? 'all')}. ` +
				firstSentence(geodata().bySlug.torkham!.summary)
		);
		expect(meta.image.alt).toContain(`, since ${formatDate('en', since!)}.`);
	});
});

describe('pages about the whole map', () => {
	it('use the overview card', () => {
		expect(overviewShare()).toMatchObject({
			url: `${SITE_URL}/`,
			image: { url: `${SITE_URL}/maps/card/overview.png` }
		});
		expect(overviewShare().description).toMatch(
			/^On .+: Torkham .+; Chaman–Spin Boldak .+\. Which /
		);
		expect(pageShare({ path: '/about', title: 'About' }).url).toBe(`${SITE_URL}/about`);
	});
});

describe('firstSentence', () => {
	it('stops at the first full stop before a capital, not inside a figure', () => {
		expect(firstSentence('Roughly 2.5 km long. Closed in 2025.')).toBe('Roughly 2.5 km long.');
		expect(firstSentence('One sentence only')).toBe('One sentence only');
	});
});

describe('oEmbed thumbnails', () => {
	it('offer the same card as the page’s og:image', () => {
		expect(oembedFor('torkham')).toMatchObject({
			thumbnail_url: placeShare('torkham').image.url,
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(oembedFor('embed')!.thumbnail_url).toBe(overviewShare().image.url);
	});
});

describe('shareForRoute', () => {
	it('gives each route its fields, and none to an unknown place or route', () => {
		expect(shareForRoute('/locations/[slug]', { slug: 'chaman' })).toEqual(placeShare('chaman'));
		expect(shareForRoute('/embed/[slug]', { slug: 'chaman' })).toMatchObject({
			title: 'Border Map: Chaman–Spin Boldak (Friendship Gate)',
			url: `${SITE_URL}/embed/chaman`,
			image: { url: `${SITE_URL}/maps/card/chaman.png` }
		});
		for (const route of ['/', '/embed', '/about', '/changes', '/data'])
			expect(shareForRoute(route, {})!.image.url).toBe(`${SITE_URL}/maps/card/overview.png`);
		expect(shareForRoute('/about', {})!.url).toBe(`${SITE_URL}/about`);
		expect(shareForRoute('/locations/[slug]', { slug: 'atlantis' })).toBeNull();
		expect(shareForRoute('/embed/[slug]', { slug: 'atlantis' })).toBeNull();
		expect(shareForRoute(null, {})).toBeNull();
	});
});

describe('shareTags', () => {
	it('writes every tag once, each value escaped', () => {
		const meta = placeShare('torkham');
		const html = shareTags({ ...meta, title: 'A "quoted" <b>title</b> & more' });
		expect(html).toContain(
			'<meta property="og:title" content="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more" />'
		);
		expect(html).not.toContain('<b>');
		for (const key of ['og:image', 'og:url', 'twitter:card', 'twitter:image:alt'])
			expect(html.split(`"${key}"`)).toHaveLength(2);
		expect(html).toContain(`<meta property="og:image" content="${meta.image.url}" />`);
		expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
	});
});
