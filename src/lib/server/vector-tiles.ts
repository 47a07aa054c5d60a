/**
 * Cuts the basemap into Mapbox Vector Tiles at build time (see $lib/geo/tiles for why), from the
 * same GeoJSON the /data/basemap/ downloads serve, with the settings MapLibre would use to tile
 * that GeoJSON in the browser: the same simplification (0.375 px), and a buffer around each tile
 * wide enough for line joins and labels at its edges.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { BASEMAP_LAYERS, TILE_EXTENT, TILE_MAX_ZOOM } from '$lib/geo/tiles';
import { basemapGeojson } from './layer-data';

/** In pixels of a 512 px tile (MapLibre's own GeoJSON defaults are 0.375 and 128). */
const TOLERANCE_PX = 0.375;
const BUFFER_PX = 64;

let indexes: Record<string, GeoJSONVT> | undefined;

/** One index per basemap layer, made once per build. */
function basemapIndexes(): Record<string, GeoJSONVT> {
	indexes ??= Object.fromEntries(
		BASEMAP_LAYERS.map((layer) => [
			layer,
			new GeoJSONVT(basemapGeojson(layer), {
				maxZoom: TILE_MAX_ZOOM,
				indexMaxZoom: TILE_MAX_ZOOM,
				extent: TILE_EXTENT,
				tolerance: (TOLERANCE_PX * TILE_EXTENT) / 512,
				buffer: (BUFFER_PX * TILE_EXTENT) / 512
			})
		])
	);
	return indexes;
}

/** Basemap tile (z, x, y): a vector-tile layer for each basemap layer with features in it. */
export function basemapTile(z: number, x: number, y: number): Uint8Array {
	const layers: Parameters<typeof fromGeojsonVt>[0] = {};
	for (const [layer, index] of Object.entries(basemapIndexes())) {
		const tile = index.getTile(z, x, y);
		if (tile && tile.features.length > 0) layers[layer] = tile;
	}
	return fromGeojsonVt(layers, { version: 2, extent: TILE_EXTENT });
}
