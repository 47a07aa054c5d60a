/**
 * Which places an embed of one place carries in its page. Not all of them: a page per place that
 * held every place would make the site grow with the square of the data. It carries the places
 * its own text speaks of (the summary's, the routes' on the map, its own, and the ones in its
 * opening view, for the table); the map draws every place from the shared layer files, and the
 * whole data set is fetched only when the reader asks for another date, language or place.
 */
import { LAYERS } from '$lib/layers/registry';
import { SUMMARY_SLUGS } from '$lib/i18n/phrases';
import { cameraBbox, KIND_PRIORITY } from '$lib/geo/static-map';
import { embedCamera } from '$lib/view/embed-camera';
import type { MapLocation } from '$lib/data/types';
import { EMBED_SIZE, routeLayersThrough } from './static-views';

/** The table of an embed lists at most this many places: it reads as a caption, not a database. */
export const TABLE_LIMIT = 12;

export interface EmbedPlaces {
	/** The places the page carries, with their timelines. */
	places: MapLocation[];
	/** The table's rows, in order: the place itself, its routes, then the places in view. */
	table: string[];
	/** Places in the opening view beyond the table's limit (named on the full map). */
	moreInView: number;
}

const rank = (location: MapLocation) => {
	const index = KIND_PRIORITY.indexOf(location.kind);
	return index < 0 ? KIND_PRIORITY.length : index;
};

export function embedPlaces(place: MapLocation, locations: readonly MapLocation[]): EmbedPlaces {
	const bySlug = new Map(locations.map((location) => [location.slug, location]));
	const carried = new Set<string>();
	const carry = (slug: string) => {
		const location = bySlug.get(slug);
		if (!location || carried.has(slug)) return;
		carried.add(slug);
		// A corridor's status comes from the places along it.
		for (const leg of location.route?.legs ?? []) [leg.from, leg.to].forEach(carry);
	};
	for (const layer of LAYERS) if (layer.source.type === 'route') carry(layer.source.corridor);
	SUMMARY_SLUGS.forEach(carry);

	const routes = routeLayersThrough(place, locations).flatMap((id) => {
		const source = LAYERS.find((layer) => layer.id === id)?.source;
		return source?.type === 'route' ? [source.corridor] : [];
	});
	const [west, south, east, north] = cameraBbox(
		embedCamera(place),
		EMBED_SIZE.width,
		EMBED_SIZE.height
	);
	const inView = locations
		.filter((location) => {
			if (!location.geometry || location.slug === place.slug) return false;
			const [lon, lat] = location.geometry.coordinates as [number, number];
			return lon >= west && lon <= east && lat >= south && lat <= north;
		})
		.sort((a, b) => rank(a) - rank(b) || a.names.en.localeCompare(b.names.en));
	const head = [...new Set([place.slug, ...routes])];
	const room = Math.max(0, TABLE_LIMIT - head.length);
	const table = [...head, ...inView.slice(0, room).map((location) => location.slug)];
	table.forEach(carry);
	return {
		places: locations.filter((location) => carried.has(location.slug)),
		table,
		moreInView: Math.max(0, inView.length - room)
	};
}
