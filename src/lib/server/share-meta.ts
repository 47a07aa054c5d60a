/**
 * The Open Graph and Twitter card fields of each page (see $lib/view/share): a place page, and an
 * embed of a place, unfurl to the place's card; the dashboard and the pages about the whole map
 * to the overview card. All in English, as `og:locale` says, with absolute URLs under SITE_URL.
 */
import { lookupIn } from '$lib/data/place-status';
import { t } from '$lib/i18n';
import { placeSentence, summarySentence } from '$lib/i18n/phrases';
import { SITE_URL } from '$lib/site';
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
