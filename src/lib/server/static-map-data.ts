/** Builds the server-rendered SVG map of a view from the same GeoJSON the interactive map draws. */
import { bbox as turfBbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { LAYERS, type LayerId } from '$lib/layers/registry';
import {
	staticMap,
	bboxAround,
	type Bbox,
	type StaticMapInput,
	type StaticMapShape
} from '$lib/geo/static-map';
import { mapViewModel } from '$lib/view/map-view-model';
import type { Location } from '$lib/data/types';
import { layerGeojson, readGeojson } from './layer-data';

const memo = new Map<string, FeatureCollection>();
function cachedLayer(id: LayerId, locations: readonly Location[]): FeatureCollection {
	if (!memo.has(id)) memo.set(id, layerGeojson(id, { locations, incidents: [], sources: {} }));
	return memo.get(id)!;
}

/*
 * Every static view of a build draws the same data on the same date: shaped once, not once per
 * view (a build has two views per place, so per-view work would grow with the square of the data).
 */
const files = new Map<string, FeatureCollection>();
const cachedFile = (path: string) => {
	if (!files.has(path)) files.set(path, readGeojson(path));
	return files.get(path)!;
};
const models = new WeakMap<readonly Location[], Map<string, ReturnType<typeof mapViewModel>>>();
function cachedModel(locations: readonly Location[], date: string) {
	if (!models.has(locations)) models.set(locations, new Map());
	const byDate = models.get(locations)!;
	if (!byDate.has(date)) byDate.set(date, mapViewModel(locations, date));
	return byDate.get(date)!;
}

/** The extent that frames a location: its neighbourhood for a place, the whole line for a route. */
export function frameFor(location: Location, locations: readonly Location[], aspect: number): Bbox {
	if (location.geometry)
		return bboxAround(location.geometry.coordinates as [number, number], 160, aspect);
	const layer = LAYERS.find(
		(candidate) =>
			(candidate.source.type === 'route' && candidate.source.corridor === location.slug) ||
			candidate.id === location.slug
	);
	const collection = layer
		? cachedLayer(layer.id, locations)
		: location.geometry_file
			? readGeojson(location.geometry_file)
			: null;
	if (!collection || collection.features.length === 0) return [58, 24, 76, 38];
	const [west, south, east, north] = turfBbox(collection) as Bbox;
	const padLon = (east - west) * 0.08 + 0.3;
	const padLat = (north - south) * 0.08 + 0.3;
	return [west - padLon, south - padLat, east + padLon, north + padLat];
}

export function staticMapFor(
	locations: readonly Location[],
	visible: readonly LayerId[],
	date: string,
	frame: Bbox,
	width: number,
	height: number,
	focus: string | null = null,
	/** Incidents to mark and the ring they were chosen within (a place's nearby incidents). */
	extra: Pick<StaticMapInput, 'incidents' | 'ring'> = {}
): StaticMapShape {
	const model = cachedModel(locations, date);
	const shown = new Set(visible);
	const routes = LAYERS.filter((layer) => layer.source.type === 'route' && shown.has(layer.id)).map(
		(layer) => ({
			id: layer.id,
			severity: model.routeSeverity[layer.id] ?? 'unknown',
			collection: cachedLayer(layer.id, locations)
		})
	);
	const points = LAYERS.filter(
		(layer) => layer.source.type === 'points' && shown.has(layer.id)
	).flatMap((layer) => model.points[layer.id]?.features ?? []);
	return staticMap(
		{
			countries: cachedFile('basemap/countries.geojson'),
			border: shown.has('durand-line')
				? cachedFile('layers/durand-line.geojson')
				: { type: 'FeatureCollection', features: [] },
			routes,
			points,
			focus,
			...extra
		},
		frame,
		width,
		height
	);
}
