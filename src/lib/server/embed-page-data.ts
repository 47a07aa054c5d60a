/** What an embed page needs: the map data, its default view, and its links (canonical, oEmbed). */
import { error } from '@sveltejs/kit';
import { DEFAULT_LAYERS, type LayerId } from '$lib/layers/registry';
import { DEFAULT_CAMERA, type Camera } from '$lib/map/camera';
import { embedCamera } from '$lib/map/embed-camera';
import { SITE_URL } from '$lib/site';
import { geodata } from './geodata-cache';
import { mapPageData, type MapPageData } from './map-page-data';
import { placeLayers, staticMapPath } from './static-views';

export interface EmbedPageData extends MapPageData {
	slug: string | null;
	title: string;
	defaultLoc: string | null;
	defaultCamera: Camera;
	defaultLayers: LayerId[];
	fallback: string;
	canonical: string;
	oembed: string;
}

export function embedPageData(slug: string | null): EmbedPageData {
	const base = mapPageData();
	if (slug === null) {
		return {
			...base,
			slug,
			title: 'Border Map: the Pakistan–Afghanistan border crisis',
			defaultLoc: null,
			defaultCamera: { ...DEFAULT_CAMERA },
			defaultLayers: [...DEFAULT_LAYERS],
			fallback: staticMapPath('overview'),
			canonical: `${SITE_URL}/embed`,
			oembed: `${SITE_URL}/oembed/embed.json`
		};
	}
	const { locations, bySlug } = geodata();
	const location = bySlug[slug];
	if (!location) error(404, `No place called "${slug}"`);
	return {
		...base,
		slug,
		title: `Border Map: ${location.names.en}`,
		defaultLoc: slug,
		defaultCamera: embedCamera(location),
		defaultLayers: placeLayers(location, locations),
		fallback: staticMapPath(`embed-${slug}`),
		canonical: `${SITE_URL}/embed/${slug}`,
		oembed: `${SITE_URL}/oembed/${slug}.json`
	};
}
