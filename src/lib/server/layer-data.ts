/**
 * Build-time GeoJSON for every registry layer and the basemap, shaped once here so that the
 * browser only draws. Served as static files under /data/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { layerById, type LayerId } from '$lib/layers/registry';
import { pointFeatures } from '$lib/geo/point-features';
import { routeFeatures } from '$lib/geo/route-geometry';
import { dataAsOf } from '$lib/data/extent';
import type { Location } from '$lib/data/types';

const GEODATA = 'geodata';

export const BASEMAP_FILES = ['land', 'countries', 'boundaries', 'coastline', 'country-labels'] as const;
export type BasemapFile = (typeof BASEMAP_FILES)[number];

export function readGeojson(relativePath: string): FeatureCollection {
	return JSON.parse(readFileSync(join(GEODATA, relativePath), 'utf8')) as FeatureCollection;
}

export function basemapGeojson(name: BasemapFile): FeatureCollection {
	return readGeojson(`basemap/${name}.geojson`);
}

export function layerGeojson(id: LayerId, locations: readonly Location[]): FeatureCollection {
	const source = layerById(id).source;
	switch (source.type) {
		case 'border':
			return readGeojson(source.file);
		case 'points':
			return pointFeatures(locations, source.kinds, dataAsOf(locations) ?? '');
		case 'route': {
			const corridor = locations.find((location) => location.slug === source.corridor);
			if (!corridor) throw new Error(`layer ${id}: no corridor location "${source.corridor}"`);
			const pointOf = (slug: string) =>
				locations.find((location) => location.slug === slug)?.geometry?.coordinates;
			return routeFeatures(corridor, pointOf);
		}
	}
}
