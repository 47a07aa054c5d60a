import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { basemapTile } from './vector-tiles';
import {
	BASEMAP_LAYERS,
	BASEMAP_SOURCE,
	regionTiles,
	tileAt,
	TILE_EXTENT,
	TILE_MAX_ZOOM,
	TILE_MIN_ZOOM
} from '$lib/geo/tiles';
import { REGION } from '$lib/geo/region';
import { buildStyle } from '$lib/map/style';

const decode = (z: number, x: number, y: number) =>
	new VectorTile(new PbfReader(basemapTile(z, x, y)));

/** Properties of a tile layer's features, in order. */
function properties(tile: VectorTile, layer: string) {
	const features = tile.layers[layer];
	if (!features) return [];
	return Array.from({ length: features.length }, (_, i) => features.feature(i).properties);
}

describe('the basemap tiles', () => {
	it('cover the region at every zoom the map asks for, each tile once', () => {
		const tiles = regionTiles();
		const keys = new Set(tiles.map(({ z, x, y }) => `${z}/${x}/${y}`));
		expect(keys.size).toBe(tiles.length);
		for (let z = TILE_MIN_ZOOM; z <= TILE_MAX_ZOOM; z++) {
			const [west, south, east, north] = REGION;
			for (const [lon, lat] of [
				[west, north],
				[east, south],
				[65.8, 30.6]
			] as const)
				expect(keys.has(`${z}/${tileAt(lon, lat, z).join('/')}`)).toBe(true);
		}
		expect(tiles.some(({ z }) => z < TILE_MIN_ZOOM || z > TILE_MAX_ZOOM)).toBe(false);
	});

	it('hold every basemap layer where it is: Kabul’s tile has Afghanistan, its borders, its label', () => {
		const [x, y] = tileAt(69.17, 34.53, 5);
		const tile = decode(5, x, y);
		expect(Object.keys(tile.layers).sort()).toEqual(
			['boundaries', 'countries', 'country-labels'].sort()
		);
		expect(tile.layers.countries!.extent).toBe(TILE_EXTENT);
		expect(properties(tile, 'countries')).toContainEqual(
			expect.objectContaining({ iso_a3: 'AFG', name: 'Afghanistan', focus: true })
		);
		expect(properties(tile, 'country-labels').map((p) => p.iso_a3)).toContain('AFG');
		// Afghanistan's other borders; the Durand Line is a map layer of its own, not a basemap line.
		const borders = properties(tile, 'boundaries');
		expect(borders.some(({ left, right }) => left === 'AFG' || right === 'AFG')).toBe(true);
		expect(borders).not.toContainEqual({ left: 'AFG', right: 'PAK' });
	});

	it('have a coastline where the land meets the sea (Karachi) and none inland', () => {
		const [cx, cy] = tileAt(67.0, 24.86, 6);
		expect(Object.keys(decode(6, cx, cy).layers)).toContain('coastline');
		const [kx, ky] = tileAt(69.17, 34.53, 6);
		expect(Object.keys(decode(6, kx, ky).layers)).not.toContain('coastline');
	});

	it('hold every layer the style draws from them, and nothing else', () => {
		const seen = new Set<string>();
		for (const { z, x, y } of regionTiles().filter(({ z }) => z === TILE_MIN_ZOOM))
			for (const name of Object.keys(decode(z, x, y).layers)) seen.add(name);
		const drawn = buildStyle({ visible: new Set() }).layers.flatMap((layer) =>
			'source' in layer && layer.source === BASEMAP_SOURCE ? [layer['source-layer']] : []
		);
		expect([...seen].sort()).toEqual([...new Set(drawn)].sort());
		expect([...seen].sort()).toEqual([...BASEMAP_LAYERS].sort());
	});
});
