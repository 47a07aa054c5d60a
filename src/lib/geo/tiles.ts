/**
 * The basemap as vector tiles. Its countries, borders, coast and labels never change, so they are
 * cut into tiles once, at build time ($lib/server/vector-tiles), and the browser's map worker
 * decodes the few small tiles a view needs instead of parsing and tiling whole GeoJSON files on
 * every load (the country fills alone took a tenth of a second of an embed's start here). The
 * downloads under /data/basemap/ are the same features. The map's own layers stay GeoJSON, one
 * source each: places change with the date, and a layer shown or hidden makes MapLibre lay out
 * its whole source again, which must stay small.
 */
import { REGION } from '$lib/geo/region';

/** The basemap's layers, one per file under /data/basemap/ (the land file is not drawn). */
export const BASEMAP_LAYERS = ['countries', 'boundaries', 'coastline', 'country-labels'] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/**
 * Tiles are cut for the map's zooms up to 8 and drawn larger beyond it (MapLibre "overzooms"):
 * at zoom 11 a zoom-8 tile still has a unit per pixel, finer than the 1:10m data.
 */
export const TILE_MIN_ZOOM = 3;
export const TILE_MAX_ZOOM = 8;
/** A tile's coordinates run 0…TILE_EXTENT, the vector-tile default. */
export const TILE_EXTENT = 4096;

export const BASEMAP_TILES = '/tiles/basemap/{z}/{x}/{y}.pbf';

/** The style's source id for the basemap tiles. */
export const BASEMAP_SOURCE = 'basemap';

export const basemapSource = {
	type: 'vector' as const,
	tiles: [BASEMAP_TILES],
	minzoom: TILE_MIN_ZOOM,
	maxzoom: TILE_MAX_ZOOM,
	// No tile is asked for outside the region: none was cut there.
	bounds: REGION
};

/** Where (lon, lat) lies in the tile grid at `zoom`, in tiles from the top left (web mercator). */
export function tilePosition(lon: number, lat: number, zoom: number): [number, number] {
	const n = 2 ** zoom;
	const rad = (lat * Math.PI) / 180;
	return [
		((lon + 180) / 360) * n,
		((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n
	];
}

/** Column and row of the tile holding (lon, lat) at `zoom`. */
export function tileAt(lon: number, lat: number, zoom: number): [number, number] {
	const n = 2 ** zoom;
	const [x, y] = tilePosition(lon, lat, zoom);
	return [Math.min(n - 1, Math.floor(x)), Math.min(n - 1, Math.floor(y))];
}

/** Every tile of the region, zoom by zoom. */
export function regionTiles(): { z: number; x: number; y: number }[] {
	const [west, south, east, north] = REGION;
	const tiles = [];
	for (let z = TILE_MIN_ZOOM; z <= TILE_MAX_ZOOM; z++) {
		const [x0, y0] = tileAt(west, north, z);
		const [x1, y1] = tileAt(east, south, z);
		for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) tiles.push({ z, x, y });
	}
	return tiles;
}
