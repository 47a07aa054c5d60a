/**
 * Build-time GeoJSON for every registry layer and the basemap, shaped once here so that the
 * browser only draws. Served as static files under /data/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geodataRoot } from './geodata-root';
import { along, length } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { layerById, type LayerId } from '$lib/layers/registry';
import { pointFeatures } from '$lib/geo/point-features';
import { routeFeatures } from '$lib/geo/route-geometry';
import { dataAsOf } from '$lib/data/extent';
import { lookupIn, placeStatusOn } from '$lib/data/place-status';
import { toMapLocation } from './map-page-data';
import type { Incident, Location, Source } from '$lib/data/types';
import { incidentCollection, type IncidentProperties } from '$lib/geo/incident-features';

export const BASEMAP_FILES = [
	'land',
	'countries',
	'boundaries',
	'coastline',
	'country-labels'
] as const;
export type BasemapFile = (typeof BASEMAP_FILES)[number];

export function readGeojson(relativePath: string): FeatureCollection {
	return JSON.parse(readFileSync(join(geodataRoot(), relativePath), 'utf8')) as FeatureCollection;
}

export function basemapGeojson(name: BasemapFile): FeatureCollection {
	return readGeojson(`basemap/${name}.geojson`);
}

/** What the layer files are made from. */
export interface LayerInputs {
	locations: readonly Location[];
	incidents: readonly Incident[];
	sources: Readonly<Record<string, Source>>;
}

export function layerGeojson(
	id: LayerId,
	{ locations, incidents, sources }: LayerInputs
): FeatureCollection {
	const source = layerById(id).source;
	switch (source.type) {
		case 'border':
			return withLabelPoints(readGeojson(source.file));
		case 'points': {
			// The layer files show the data's own date: the view every map opens on by default.
			const asOf = dataAsOf(locations) ?? '';
			const places = lookupIn(locations.map(toMapLocation));
			return pointFeatures(locations.map(toMapLocation), source.kinds, (place) =>
				placeStatusOn(place, asOf, places)
			);
		}
		case 'route': {
			const corridor = locations.find((location) => location.slug === source.corridor);
			if (!corridor) throw new Error(`layer ${id}: no corridor location "${source.corridor}"`);
			const pointOf = (slug: string) =>
				locations.find((location) => location.slug === slug)?.geometry?.coordinates;
			return routeFeatures(corridor, pointOf);
		}
		case 'incidents':
			return incidentLayer({ locations, incidents, sources });
	}
}

const incidentLayers = new WeakMap<LayerInputs, FeatureCollection<Point, IncidentProperties>>();

/**
 * The incidents layer's features, made once per set of inputs: the layer file, the month files'
 * index and every month file are cut from the same collection (at 100× it is 10,500 incidents).
 */
export function incidentLayer(inputs: LayerInputs): FeatureCollection<Point, IncidentProperties> {
	let collection = incidentLayers.get(inputs);
	if (!collection) {
		const points = new Map(
			inputs.locations.flatMap((place) =>
				place.geometry
					? [
							[
								place.slug,
								{
									coordinates: place.geometry.coordinates,
									sources: place.geometry_sources ?? []
								}
							] as const
						]
					: []
			)
		);
		collection = incidentCollection(
			inputs.incidents,
			(slug) => points.get(slug) ?? null,
			inputs.sources
		);
		incidentLayers.set(inputs, collection);
	}
	return collection;
}

/**
 * Adds label anchors along a border line at 18% and 82% of its length (quiet stretches, away from the crossing labels). Point labels
 * stay legible on a line this winding, where MapLibre's along-the-line placement finds no room.
 */
function withLabelPoints(collection: FeatureCollection): FeatureCollection {
	const anchors = collection.features
		.filter((feature): feature is Feature<LineString> => feature.geometry.type === 'LineString')
		.flatMap((line) => {
			const km = length(line, { units: 'kilometers' });
			return [0.18, 0.82].map((share) => {
				const point = along(line, km * share, { units: 'kilometers' });
				// Put the text beside the line, not on it: below where the line runs east–west,
				// to its west where it runs north–south.
				const ahead = along(line, km * share + 30, { units: 'kilometers' }).geometry.coordinates;
				const [dx, dy] = [
					ahead[0]! - point.geometry.coordinates[0]!,
					ahead[1]! - point.geometry.coordinates[1]!
				];
				point.geometry.coordinates = point.geometry.coordinates.map(
					(n) => Math.round(n * 1e4) / 1e4
				);
				const label_anchor = Math.abs(dx) > Math.abs(dy) ? 'top' : 'right';
				return { ...point, properties: { ...line.properties, role: 'label', label_anchor } };
			});
		});
	return { ...collection, features: [...collection.features, ...anchors] };
}
