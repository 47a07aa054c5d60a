/**
 * Byte budgets on the built site (bytes, not times, so they hold on any machine): app JavaScript
 * beyond maplibre-gl per page, the map data a first load fetches, and the font subsets that ship.
 * Runs after the build: npx vitest run --config scripts/bench/vitest.budgets.config.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildStyle } from '$lib/map/style';
import { DEFAULT_LAYERS } from '$lib/layers/registry';
import { DEFAULT_CAMERA, type Camera } from '$lib/view/camera';
import { BASEMAP_TILES, tileAt, tilePosition, TILE_MAX_ZOOM, TILE_MIN_ZOOM } from '$lib/geo/tiles';
import { REGION } from '$lib/geo/region';
import {
	BUILD,
	htmlFile,
	languageChunks,
	maplibreChunksInManifest,
	pageAssets,
	sizeOf,
	total,
	type PageAssets
} from './page-assets';

const KB = 1024;
// The embed's budget grew from 60 to 66 KB with the incidents layer (its markers, card, key and
// list, about 5 KB gzip), which an embed carries like every other layer; then from 66 to 68 KB
// (it stood at 65.9 KB) with WordPress's embed protocol and the sandbox (0.6 KB gzip) and with the
// incidents fetched month by month (0.4 KB: the months of a window, the index and the sources
// table, the months ahead), so that a first turn-on at 100× fetches the window's months and not
// the whole 18.7 MB record; then from 68 to 69 KB (it stood just under 68 KB) with the map’s labels
// drawn once per language (0.4 KB gzip), so that a change of language lays nothing out again.
const JS_BUDGET = { '/': 100 * KB, embed: 69 * KB };
const MAP_DATA_BUDGET = 150 * KB;
/** Fontsource file names: <family>-<subset>-<weight>-<style>; only these subsets may ship. */
const ALLOWED_FONT = /-(latin|arabic)-\d{3}-(normal|italic)\.[\w-]+\.woff2?$/;

/** `/embed` and every `/embed/<slug>` the build prerendered. */
function embedPages(): string[] {
	const dir = join(BUILD, 'embed');
	const slugs = existsSync(dir)
		? readdirSync(dir)
				.filter((name) => name.endsWith('.html'))
				.map((name) => `/embed/${name.replace(/\.html$/, '')}`)
		: [];
	return ['/embed', ...slugs.sort()];
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * App JS as a reader loads it: everything but maplibre-gl, counting the language chunks (loaded
 * only for a reader of Pashto, Dari or Urdu) as the largest one alone, the worst first load.
 */
function appJs(assets: PageAssets) {
	const languages = languageChunks();
	const shared = total(
		assets.js.filter((path) => !assets.maplibre.includes(path) && !languages.includes(path))
	);
	const loaded = assets.js.filter((path) => languages.includes(path));
	const language = loaded.map(sizeOf).sort((a, b) => b.gzip - a.gzip)[0] ?? { gzip: 0, raw: 0 };
	return { gzip: shared.gzip + language.gzip, raw: shared.raw + language.raw };
}

/** The largest app chunks of a page, for the failure message: where to look first. */
function largestChunks(assets: PageAssets, count = 4): string {
	return assets.js
		.filter((path) => !assets.maplibre.includes(path))
		.map((path) => ({ path, gzip: sizeOf(path).gzip }))
		.sort((a, b) => b.gzip - a.gzip)
		.slice(0, count)
		.map(({ path, gzip }) => `${path.replace(/^.*\//, '')} ${kb(gzip)}`)
		.join(', ');
}

beforeAll(() => {
	if (!existsSync(join(BUILD, 'index.html')))
		throw new Error(
			`${BUILD}/index.html not found: run \`npx vite build\` first (the budgets are checked on the built site)`
		);
});

describe('JavaScript budgets (gzip, as served), maplibre-gl and its worker excluded', () => {
	test('maplibre-gl is recognised in the build, and by the same chunk Vite’s manifest names', () => {
		const { maplibre } = pageAssets('/');
		expect(maplibre, '/ should load exactly one maplibre-gl chunk').toHaveLength(1);
		const fromManifest = maplibreChunksInManifest();
		if (fromManifest) expect(maplibre).toEqual(fromManifest);
	});

	test(`/ loads at most ${kb(JS_BUDGET['/'])} of app JS`, () => {
		const assets = pageAssets('/');
		const size = appJs(assets);
		console.info(
			`budget: / app JS ${kb(size.gzip)} gzip (${kb(size.raw)} raw) of ${kb(JS_BUDGET['/'])}`
		);
		expect(
			size.gzip,
			`/ app JS is ${kb(size.gzip)} gzip; largest chunks: ${largestChunks(assets)}`
		).toBeLessThanOrEqual(JS_BUDGET['/']);
	});

	test(`/embed and every /embed/<slug> load at most ${kb(JS_BUDGET.embed)} of app JS`, () => {
		expect(existsSync(htmlFile('/embed')), 'build/embed.html: the /embed page was not built').toBe(
			true
		);
		expect(existsSync(htmlFile('/embed/torkham')), 'build/embed/torkham.html: not built').toBe(
			true
		);
		const sizes = embedPages().map((page) => ({ page, ...appJs(pageAssets(page)) }));
		const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
		console.info(
			`budget: embed app JS up to ${kb(largest.gzip)} gzip (${largest.page}, ${kb(largest.raw)} raw) of ${kb(JS_BUDGET.embed)}, ${sizes.length} pages`
		);
		const over = sizes.filter((size) => size.gzip > JS_BUDGET.embed);
		expect(
			largest.gzip,
			`${over.length} of ${sizes.length} embed pages over budget; largest ${largest.page} at ${kb(largest.gzip)}; its largest chunks: ${largestChunks(pageAssets(largest.page))}`
		).toBeLessThanOrEqual(JS_BUDGET.embed);
	});
});

describe('map data budget', () => {
	/**
	 * The basemap tiles MapLibre asks for to fill a map of `width` × `height` CSS pixels at
	 * `camera`: 512 px tiles at the camera's whole zoom (within the tiles' zooms), web mercator,
	 * none outside the region (the source's `bounds`).
	 */
	function tilesInView(camera: Camera, width: number, height: number): string[] {
		const z = Math.min(TILE_MAX_ZOOM, Math.max(TILE_MIN_ZOOM, Math.floor(camera.zoom)));
		const tilePx = 512 * 2 ** (camera.zoom - z);
		const [cx, cy] = tilePosition(camera.lon, camera.lat, z);
		// Tiles from a pixel offset left or above the centre to one right or below it.
		const range = (centre: number, half: number) =>
			Array.from(
				{ length: Math.floor(centre + half / tilePx) - Math.floor(centre - half / tilePx) + 1 },
				(_, i) => Math.floor(centre - half / tilePx) + i
			);
		const [west, south, east, north] = REGION;
		const [x0, y0] = tileAt(west, north, z);
		const [x1, y1] = tileAt(east, south, z);
		const within = (from: number, to: number) => (n: number) => n >= from && n <= to;
		const xs = range(cx, width / 2).filter(within(x0, x1));
		const ys = range(cy, height / 2).filter(within(y0, y1));
		return xs.flatMap((x) =>
			ys.map((y) =>
				BASEMAP_TILES.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y))
			)
		);
	}

	/** The camera a page's map opens on, from the opening its prerendered map container carries. */
	function openingCamera(page: string): Camera {
		const html = readFileSync(htmlFile(page), 'utf8');
		const raw = /data-map-opening="([^"]+)"/.exec(html)?.[1];
		if (!raw) throw new Error(`${htmlFile(page)}: no data-map-opening on its map`);
		const opening = JSON.parse(raw.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
		return opening.context.defaultCamera ?? DEFAULT_CAMERA;
	}

	// A large screen for the dashboard (its map is most of the window), a wide article for embeds.
	const views = [
		{ page: '/', width: 2560, height: 1440 },
		...embedPages().map((page) => ({ page, width: 1280, height: 800 }))
	];

	test(`the tiles and layer files a map fetches on first load total at most ${kb(MAP_DATA_BUDGET)} gzip`, () => {
		// Every GeoJSON source in the style loads at start, shown or not; tiles as the view needs.
		const style = buildStyle({ visible: new Set(DEFAULT_LAYERS) });
		const files = Object.values(style.sources).flatMap((source) =>
			'data' in source && typeof source.data === 'string' ? [source.data] : []
		);
		expect(files.length).toBeGreaterThan(0);
		const sizes = views.map(({ page, width, height }) => {
			const urls = [...files, ...tilesInView(openingCamera(page), width, height)];
			for (const url of urls)
				expect(existsSync(join(BUILD, url)), `${url} (for ${page}) is not in the build`).toBe(true);
			return { page, urls, ...total(urls) };
		});
		const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
		console.info(
			`budget: map data up to ${kb(largest.gzip)} gzip (${largest.page}: ${kb(largest.raw)} raw, ${largest.urls.length} files) of ${kb(MAP_DATA_BUDGET)}`
		);
		expect(largest.gzip, `${largest.page} fetches ${kb(largest.gzip)}`).toBeLessThanOrEqual(
			MAP_DATA_BUDGET
		);
	});
});

describe('fonts are subset to the scripts the site uses', () => {
	test('the pages’ stylesheets reference only latin and arabic subsets', () => {
		const pages = ['/', '/locations/torkham', ...embedPages().slice(0, 2)];
		const fonts = new Set(pages.flatMap((page) => pageAssets(page).fonts));
		expect(fonts.size, 'no fonts found: has the font loading changed?').toBeGreaterThan(0);
		expect([...fonts].filter((font) => !ALLOWED_FONT.test(font))).toEqual([]);
	});

	test('no other subset ships in the build', () => {
		const assets = join(BUILD, '_app/immutable/assets');
		const shipped = readdirSync(assets).filter((name) => /\.(woff2?|ttf|otf)$/.test(name));
		expect(shipped.filter((name) => !ALLOWED_FONT.test(`/${name}`))).toEqual([]);
	});
});
