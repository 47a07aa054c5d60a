/**
 * Builds the offline basemap (land, countries, boundaries, coastline, country labels) and the Durand
 * Line layer from Natural Earth 1:10m, as shipped in the world-atlas package, and writes them under
 * geodata/. Re-run after upgrading world-atlas or changing src/lib/geo/build-basemap.ts:
 *
 *   npm run data        (= npx tsx scripts/build-basemap.ts)
 *
 * The output is deterministic, so a clean re-run leaves git with nothing to commit; the golden test
 * in scripts/build-basemap.test.ts fails whenever the committed files are stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { BASEMAP_PATHS, buildBasemap, serializeGeojson } from '../src/lib/geo/build-basemap';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const atlas = join(root, 'node_modules', 'world-atlas');

// countries-10m.json carries both `countries` and `land` (the countries merged) in one topology,
// so land, country fills and coastline share their arcs and stay aligned after simplification.
const world = JSON.parse(readFileSync(join(atlas, 'countries-10m.json'), 'utf8')) as Topology;
const { version } = JSON.parse(readFileSync(join(atlas, 'package.json'), 'utf8')) as {
	version: string;
};

const files = buildBasemap({ world, worldAtlasVersion: version });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
let basemapGzip = 0;
for (const path of BASEMAP_PATHS) {
	const text = serializeGeojson(files[path]);
	const target = join(root, 'geodata', path);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, text);
	const raw = Buffer.byteLength(text);
	const gzip = gzipSync(text, { level: 9 }).length;
	if (path.startsWith('basemap/')) basemapGzip += gzip;
	console.log(`${path.padEnd(32)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(9)} gzip`);
}
console.log(`${'basemap total'.padEnd(32)} ${''.padStart(13)} ${kb(basemapGzip).padStart(9)} gzip`);
