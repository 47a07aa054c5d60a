/**
 * oEmbed (https://oembed.com/) responses as static files: a URL of ours pasted into WordPress or
 * another CMS finds one through the page's discovery link and becomes the embed.
 */
import { EMBED_SIZES, oembedSnippet } from '$lib/embed/snippet';
import { SITE_NAME, SITE_URL } from '$lib/site';
import { geodata } from './geodata-cache';
import { mapPageData } from './map-page-data';
import { oembedThumbnail } from './share-meta';

export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
	/** The link's share card (the same image as the pages' og:image). */
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
	/** Border Map's own fields (oEmbed allows a provider more): the data's as-of date, and the
	 * same date again when the site was built more than a month after it ("not updated since"). */
	border_map_data_as_of: string;
	border_map_not_updated_since: string | null;
}

/** `embed` for the overview embed, or a location slug for /embed/<slug>. */
export function oembedNames(): string[] {
	return ['embed', ...geodata().locations.map(({ slug }) => slug)];
}

export function oembedFor(name: string): OEmbed | null {
	const location = name === 'embed' ? null : geodata().bySlug[name];
	if (name !== 'embed' && !location) return null;
	const size = EMBED_SIZES.find(({ id }) => id === 'medium')!;
	const title = location
		? `Border Map: ${location.names.en}`
		: 'Border Map: the Pakistan–Afghanistan border crisis';
	const src = `${SITE_URL}/embed${location ? `/${location.slug}` : ''}`;
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: SITE_NAME,
		provider_url: `${SITE_URL}/`,
		html: oembedSnippet({
			src,
			title,
			size,
			page: location ? `${SITE_URL}/locations/${location.slug}` : `${SITE_URL}/`
		}),
		width: size.width!,
		height: size.height,
		cache_age: 86_400,
		...oembedThumbnail(location?.slug ?? null),
		border_map_data_as_of: mapPageData().asOf,
		border_map_not_updated_since: mapPageData().staleSince
	};
}
