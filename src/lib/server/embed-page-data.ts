/**
 * What an embed page needs: the places it speaks of (see embed-places), its default view, and its
 * links (canonical, oEmbed). The overview embed, which shows everything, carries every place.
 */
import { error } from '@sveltejs/kit';
import { DEFAULT_LAYERS, type LayerId } from '$lib/layers/registry';
import { DEFAULT_CAMERA, type Camera } from '$lib/view/camera';
import { embedCamera } from '$lib/view/embed-camera';
import { fallbackImages, type FallbackImages } from '$lib/view/fallback';
import type { MapLocation } from '$lib/data/types';
import { SITE_URL } from '$lib/site';
import { geodata } from './geodata-cache';
import { mapPageData } from './map-page-data';
import { embedPlaces } from './embed-places';
import { placeLayers } from './static-views';
import type { IncidentSizeStep } from '$lib/data/incident-scale';

export interface EmbedPageData {
	/** The places this page carries, with their timelines: all of them, or an embed's own. */
	places: MapLocation[];
	/** Whether `places` is every place (else the rest is fetched from ALL_PLACES_PATH on demand). */
	complete: boolean;
	/** The text table's rows (slugs, in order), and how many more places the opening view shows. */
	table: string[];
	moreInView: number;
	asOf: string;
	/** The data's as-of when the site was built more than a month after it. */
	staleSince: string | null;
	range: [string, string];
	slug: string | null;
	title: string;
	defaultLoc: string | null;
	defaultCamera: Camera;
	defaultLayers: LayerId[];
	fallback: FallbackImages;
	canonical: string;
	oembed: string;
	/** The incidents legend's marker sizes. */
	incidentSizes: IncidentSizeStep[];
}

/** An embed's title: the overview's, or its place's. */
export const embedTitle = (location: { names: { en: string } } | null) =>
	location
		? `Border Map: ${location.names.en}`
		: 'Border Map: the Pakistan–Afghanistan border crisis';

/** An embed's canonical URL: /embed, or /embed/<slug>. */
export const embedCanonical = (slug: string | null) => `${SITE_URL}/embed${slug ? `/${slug}` : ''}`;

export function embedPageData(slug: string | null): EmbedPageData {
	const { locations, asOf, range, incidentSizes, staleSince } = mapPageData();
	if (slug === null) {
		return {
			places: locations,
			complete: true,
			table: locations.map((location) => location.slug),
			moreInView: 0,
			asOf,
			staleSince,
			range,
			slug,
			title: embedTitle(null),
			defaultLoc: null,
			defaultCamera: { ...DEFAULT_CAMERA },
			defaultLayers: [...DEFAULT_LAYERS],
			fallback: fallbackImages('overview'),
			canonical: embedCanonical(null),
			oembed: `${SITE_URL}/oembed/embed.json`,
			incidentSizes
		};
	}
	const location = geodata().bySlug[slug];
	if (!location) error(404, `No place called "${slug}"`);
	return {
		...embedPlaces(location, locations),
		complete: false,
		asOf,
		staleSince,
		range,
		slug,
		title: embedTitle(location),
		defaultLoc: slug,
		defaultCamera: embedCamera(location),
		defaultLayers: placeLayers(location, geodata().locations),
		fallback: fallbackImages(`embed-${slug}`),
		canonical: embedCanonical(slug),
		oembed: `${SITE_URL}/oembed/${slug}.json`,
		incidentSizes
	};
}
