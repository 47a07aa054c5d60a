/**
 * The Open Graph and Twitter card tags of each page (see $lib/view/share): a place page, and an
 * embed of a place, unfurl to the place's card; the dashboard and the pages about the whole map
 * to the overview card. All in English, as `og:locale` says, with absolute URLs under SITE_URL.
 *
 * The tags are written into app.html's SHARE_PLACEHOLDER by the server hook as each page is
 * prerendered, not by a component: crawlers read only that HTML, and a component would add its
 * code to every page's JavaScript. (So in a browser, after moving to another page in the app, the
 * head still holds the first page's tags; no reader sees them.)
 */
import { lookupIn } from '$lib/data/place-status';
import { t } from '$lib/i18n';
import { placeSentence, summarySentence } from '$lib/i18n/phrases';
import { SITE_NAME, SITE_URL } from '$lib/site';
import {
	CARD_SIZE,
	cardPath,
	OVERVIEW_CARD,
	type ShareImage,
	type ShareMeta
} from '$lib/view/share';
import { geodata } from './geodata-cache';
import { mapPageData } from './map-page-data';
import { cardAlt, cardContent } from './share-card';
import { embedCanonical, embedTitle } from './embed-page-data';

/** Where app.html takes the tags. */
export const SHARE_PLACEHOLDER = '%border-map.share%';

/** The card called `name` (`overview` or a place's slug) as an image the tags point at. */
export function shareImage(name: string): ShareImage {
	const card = cardContent(name);
	if (!card) throw new Error(`no share card "${name}"`);
	return {
		url: `${SITE_URL}${cardPath(name)}`,
		width: CARD_SIZE.width,
		height: CARD_SIZE.height,
		alt: cardAlt(card)
	};
}

/**
 * The opening sentence of a summary: a link preview shows two or three lines, and the page's own
 * description carries the whole summary.
 */
export const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;

/** A place page's fields: its status sentence on the data's date, then its summary's first. */
export function placeShare(slug: string): ShareMeta {
	const { locations, bySlug } = geodata();
	const location = bySlug[slug];
	if (!location) throw new Error(`no place "${slug}"`);
	const sentence = placeSentence(location, mapPageData().asOf, lookupIn(locations));
	return {
		title: t('en', 'location.pageTitle', { name: location.names.en }),
		description: `${sentence} ${firstSentence(location.summary)}`,
		url: `${SITE_URL}/locations/${slug}`,
		image: shareImage(slug)
	};
}

/** The dashboard's fields: the day's summary sentence, then what the site is. */
export function overviewShare(): ShareMeta {
	return pageShare({ path: '/', title: t('en', 'site.title') });
}

/**
 * A page about the whole map (the dashboard, /about, /data …), with the overview card; its
 * description opens with the summary sentence of the data's date.
 */
export function pageShare({
	path,
	title,
	description = t('en', 'site.description')
}: {
	path: string;
	title: string;
	description?: string;
}): ShareMeta {
	const summary = summarySentence(geodata().locations, mapPageData().asOf);
	return {
		title,
		description: `${summary} ${description}`,
		url: `${SITE_URL}${path}`,
		image: shareImage(OVERVIEW_CARD)
	};
}

/** oEmbed's thumbnail fields for a place's embed (or the overview's, for null): its card. */
export function oembedThumbnail(slug: string | null) {
	const { url, width, height } = shareImage(slug ?? OVERVIEW_CARD);
	return { thumbnail_url: url, thumbnail_width: width, thumbnail_height: height };
}

/** The pages about the whole map, by route, with their titles (the page's own, without the site's name). */
const PAGES: Record<string, { title: string; description?: string }> = {
	'/': { title: t('en', 'site.title') },
	'/about': {
		title: 'About Border Map: sources, method and corrections',
		description:
			'Where the facts come from, how each status is decided, and how to report an error.'
	},
	'/changes': {
		title: 'What changed on Border Map',
		description: 'The newest status changes, events, incidents and corrections.'
	},
	'/data': {
		title: 'Download the Border Map data',
		description:
			'Every place, status period, closure, figure, event and incident as CSV, and each layer as GeoJSON, with sources.'
	}
};

/** The fields of the page at `route` (a SvelteKit route id) with `params`; null for no tags. */
export function shareForRoute(
	route: string | null,
	params: Partial<Record<string, string>>
): ShareMeta | null {
	const slug = params.slug;
	const known = slug !== undefined && slug in geodata().bySlug;
	if (route === '/locations/[slug]') return known ? placeShare(slug) : null;
	if (route === '/embed/[slug]') {
		if (!known) return null;
		const title = embedTitle(geodata().bySlug[slug]!);
		return { ...placeShare(slug), title, url: embedCanonical(slug) };
	}
	if (route === '/embed') return pageShare({ path: '/embed', title: embedTitle(null) });
	const page = route === null ? undefined : PAGES[route];
	return page ? pageShare({ path: route!, ...page }) : null;
}

const escape = (value: string) =>
	value.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!
	);

/** The tags as HTML, every value escaped for an attribute. */
export function shareTags(meta: ShareMeta): string {
	const tags: ['property' | 'name', string, string][] = [
		['property', 'og:type', 'website'],
		['property', 'og:site_name', SITE_NAME],
		['property', 'og:locale', 'en_GB'],
		['property', 'og:title', meta.title],
		['property', 'og:description', meta.description],
		['property', 'og:url', meta.url],
		['property', 'og:image', meta.image.url],
		['property', 'og:image:type', 'image/png'],
		['property', 'og:image:width', String(meta.image.width)],
		['property', 'og:image:height', String(meta.image.height)],
		['property', 'og:image:alt', meta.image.alt],
		['name', 'twitter:card', 'summary_large_image'],
		['name', 'twitter:title', meta.title],
		['name', 'twitter:description', meta.description],
		['name', 'twitter:image', meta.image.url],
		['name', 'twitter:image:alt', meta.image.alt]
	];
	return tags
		.map(([attribute, key, value]) => `<meta ${attribute}="${key}" content="${escape(value)}" />`)
		.join('\n\t\t');
}
