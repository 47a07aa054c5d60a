/**
 * Every static SVG map the site ships, by name: the default view of the dashboard and of each
 * embed, and the focused map of each location page. Rendered to /maps/<name>.svg at build time.
 */
import { DEFAULT_LAYERS, LAYERS, type LayerId } from '$lib/layers/registry';
import { DEFAULT_CAMERA } from '$lib/view/camera';
import { bboxAround, cameraBbox, type StaticMapShape } from '$lib/geo/static-map';
import { NEARBY_RADIUS_KM } from '$lib/geo/incidents-near';
import { embedCamera } from '$lib/view/embed-camera';
import type { Location, MapLocation } from '$lib/data/types';
import { geodata } from './geodata-cache';
import { frameFor, staticMapFor } from './static-map-data';
import { nearbyIncidents, nearbyRing } from './nearby-incidents';
import { declutterShape } from '$lib/geo/declutter-labels';
import { cardFonts } from './card-fonts';

/**
 * The sizes the static views are drawn at, close to where each shows (the dashboard's map area, a
 * 640 px embed, a location page's column), so their labels show at their true size. They are shown
 * with `object-fit: cover`, cropped like the map itself.
 */
export const VIEW_SIZE = { width: 1000, height: 800 };
export const EMBED_SIZE = { width: 640, height: 427 };
const LOCATION_SIZE = { width: 640, height: 400 };
/** A place page's map of the incidents near it: the radius and a little beyond. */
export const NEARBY_SIZE = { width: 640, height: 360 };
const NEARBY_FRAME_KM = NEARBY_RADIUS_KM * 1.2;

export interface StaticView {
	name: string;
	title: string;
	highlight: string | null;
	/** Shown behind an interactive map until it draws: also rendered as base PNG + overlay SVG. */
	behindMap: boolean;
	shape: () => StaticMapShape;
}

/** Route layers that are this place or pass through it. */
export function routeLayersThrough(
	location: MapLocation,
	locations: readonly MapLocation[]
): LayerId[] {
	const bySlug = new Map(locations.map((candidate) => [candidate.slug, candidate]));
	return LAYERS.filter((layer) => {
		if (layer.source.type !== 'route') return false;
		const corridor = bySlug.get(layer.source.corridor);
		return (
			corridor?.slug === location.slug ||
			Boolean(
				corridor?.route?.legs.some((leg) => leg.from === location.slug || leg.to === location.slug)
			)
		);
	}).map((layer) => layer.id);
}

/** What a view of one place shows by default: the base layers and the routes through it. */
export function placeLayers(location: Location, locations: readonly Location[]): LayerId[] {
	return [...new Set([...DEFAULT_LAYERS, ...routeLayersThrough(location, locations)])];
}

/** The name of a place's map of its nearby incidents, when it has any to show. */
export const nearbyViewName = (slug: string) => `near-${slug}`;

export function staticViews(): StaticView[] {
	const data = geodata();
	const { locations, asOf } = data;
	const date = asOf!;
	const { width, height } = VIEW_SIZE;
	const overview: StaticView = {
		name: 'overview',
		title: 'Map of the Pakistan–Afghanistan border, its crossings and trade routes',
		highlight: null,
		behindMap: true,
		shape: () =>
			staticMapFor(
				locations,
				DEFAULT_LAYERS,
				date,
				cameraBbox(DEFAULT_CAMERA, width, height),
				width,
				height
			)
	};
	const perLocation = locations.flatMap((location): StaticView[] => [
		{
			name: `embed-${location.slug}`,
			title: `Map of ${location.names.en} and its surroundings`,
			highlight: location.slug,
			behindMap: true,
			shape: () =>
				staticMapFor(
					locations,
					placeLayers(location, locations),
					date,
					cameraBbox(embedCamera(location), EMBED_SIZE.width, EMBED_SIZE.height),
					EMBED_SIZE.width,
					EMBED_SIZE.height,
					location.slug
				)
		},
		{
			name: `location-${location.slug}`,
			title: `Map of ${location.names.en} and its neighbours`,
			highlight: location.slug,
			behindMap: false,
			shape: () =>
				staticMapFor(
					locations,
					placeLayers(location, locations),
					date,
					frameFor(location, locations, LOCATION_SIZE.width / LOCATION_SIZE.height),
					LOCATION_SIZE.width,
					LOCATION_SIZE.height,
					location.slug
				)
		}
	]);
	const nearby = locations.flatMap((location): StaticView[] => {
		const incidents = nearbyIncidents(location, data);
		if (!location.geometry || !incidents?.length) return [];
		const { width, height } = NEARBY_SIZE;
		return [
			{
				name: nearbyViewName(location.slug),
				title: `Strikes and clashes within ${NEARBY_RADIUS_KM} km of ${location.names.en}`,
				highlight: location.slug,
				behindMap: false,
				shape: () =>
					staticMapFor(
						locations,
						placeLayers(location, locations),
						date,
						bboxAround(
							location.geometry!.coordinates as [number, number],
							NEARBY_FRAME_KM,
							width / height
						),
						width,
						height,
						location.slug,
						{
							incidents: incidents.map(({ feature }) => ({
								type: 'Feature',
								geometry: feature.geometry,
								properties: { id: feature.properties.id, type: feature.properties.type }
							})),
							ring: nearbyRing(location)
						}
					)
			}
		];
	});
	return [overview, ...perLocation, ...nearby].map((view) => ({
		...view,
		shape: () => declutterShape(view.shape(), labelWidth, view.highlight)
	}));
}

/**
 * A 12 px label's width on a static map, from Noto Sans's own metrics, with room to spare: a map
 * shown as an image cannot use the page's web font, so the reader's system sans draws it (DejaVu
 * Sans, about a tenth wider, on Linux; Arial, narrower, elsewhere).
 */
const labelWidth = (label: string, bold: boolean) =>
	cardFonts().measure(label, 12, bold ? 700 : 400) * 1.12;

export function staticView(name: string): StaticView | undefined {
	return staticViews().find((view) => view.name === name);
}

/** Prerender entries for the static views, or for those shown behind a map only. */
export function staticViewEntries({ behindMap = false } = {}): { name: string }[] {
	return staticViews()
		.filter((view) => !behindMap || view.behindMap)
		.map(({ name }) => ({ name }));
}
