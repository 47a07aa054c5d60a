// Building, copying and serving the sites the benchmark measures. Builds run in a private copy of
// the working tree (node_modules and .git linked, not copied), so build/ and .svelte-kit/ are left
// alone, a build by someone else cannot race ours, and a 100× build never sits in build/. The
// measured site gets the bare-page fixture under /__bench/, which the shipped site never holds.
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BARE = join(ROOT, 'scripts/bench/bare');
const MAPLIBRE_DIST = join(ROOT, 'node_modules/maplibre-gl/dist');
const FONT = join(
	ROOT,
	'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'
);
/** Outputs and caches; everything else at the top of the repo goes into the build copy. */
const NOT_COPIED = new Set([
	'node_modules',
	'.git',
	'build',
	'.svelte-kit',
	'test-results',
	'playwright-report',
	'bench-results',
	'reports',
	'tmp'
]);
/** Linked: the dependencies, and the history the /about corrections log is read from. */
const LINKED = ['node_modules', '.git'];

/**
 * Copies the working tree as it is now (uncommitted edits included) to `dest` for building.
 * @param {string} dest
 * @returns {string} dest
 */
export function copyProject(dest) {
	mkdirSync(dest, { recursive: true });
	for (const name of readdirSync(ROOT)) {
		if (NOT_COPIED.has(name)) continue;
		cpSync(join(ROOT, name), join(dest, name), { recursive: true });
	}
	for (const name of LINKED)
		if (existsSync(join(ROOT, name))) symlinkSync(join(ROOT, name), join(dest, name));
	return dest;
}

/**
 * Runs `npx vite build` in `project` (adapter-static writes <project>/build/).
 * @param {string} project a folder made by copyProject
 * @param {{ geodataDir?: string }} [options] GEODATA_DIR for the build; the project's geodata/ if unset
 * @returns {Promise<number>} wall-clock milliseconds
 */
export function buildSite(project, { geodataDir } = {}) {
	const env = { ...process.env };
	if (geodataDir) env.GEODATA_DIR = geodataDir;
	else delete env.GEODATA_DIR;
	const started = performance.now();
	return new Promise((resolvePromise, reject) => {
		const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: project, env });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			// The prerender cache holds a second copy of every page: gigabytes at 100×.
			rmSync(join(project, '.svelte-kit/output'), { recursive: true, force: true });
			if (code === 0) resolvePromise(performance.now() - started);
			else
				reject(
					new Error(
						`vite build failed (exit ${code})${geodataDir ? ` with GEODATA_DIR=${geodataDir}` : ''}:\n${output.slice(-4000)}`
					)
				);
		});
	});
}

/**
 * Moves (or, with `copy`, copies) a built site to `dest` and adds the bare page, maplibre-gl's
 * dist files and its font under `dest/__bench/`.
 * @param {string} build a build/ folder
 * @param {string} dest
 * @param {{ copy?: boolean }} [options]
 */
export function placeSite(build, dest, { copy = false } = {}) {
	if (!existsSync(join(build, 'index.html')))
		throw new Error(`${build}/index.html is missing: run \`npx vite build\` first`);
	if (copy) cpSync(build, dest, { recursive: true });
	else renameSync(build, dest);
	const bench = join(dest, '__bench');
	cpSync(BARE, join(bench, 'bare'), { recursive: true });
	mkdirSync(join(bench, 'maplibre'), { recursive: true });
	for (const name of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
		// The app's bundler drops the source-map comment too; keep the two pages byte-comparable.
		const text = readFileSync(join(MAPLIBRE_DIST, name), 'utf8').replace(
			/\n\/\/# sourceMappingURL=\S+\s*$/,
			'\n'
		);
		writeFileSync(join(bench, 'maplibre', name), text);
	}
	mkdirSync(join(bench, 'fonts'), { recursive: true });
	cpSync(FONT, join(bench, 'fonts', 'noto-sans-latin-400-normal.woff2'));
	return dest;
}

/** @returns {Promise<number>} a TCP port free on 127.0.0.1 right now */
function freePort() {
	return new Promise((resolvePromise, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolvePromise(port));
		});
	});
}

/**
 * Serves `root` with the project's own static server (scripts/serve.js: gzip, each file compressed once).
 * @param {string} root
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function serve(root) {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[join(ROOT, 'scripts/serve.js'), '--port', String(port), '--root', root],
		{
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	await new Promise((resolvePromise, reject) => {
		const timer = setTimeout(
			() => reject(new Error('scripts/serve.js did not start within 10 s')),
			10_000
		);
		child.on('exit', (code) => reject(new Error(`scripts/serve.js exited (${code})`)));
		child.stdout.on('data', (chunk) => {
			if (String(chunk).includes('running at')) {
				clearTimeout(timer);
				resolvePromise(undefined);
			}
		});
	});
	child.removeAllListeners('exit');
	return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/**
 * What the bare page must mirror, read from the prerendered dashboard: its layer checkboxes in
 * panel order and which start checked. Reading the build (not the registry) keeps this plain JS.
 * @param {string} site folder of a built site
 * @returns {{ layers: string[], visible: string[] }}
 */
export function appLayers(site) {
	const html = readFileSync(join(site, 'index.html'), 'utf8');
	/** @type {string[]} */
	const layers = [];
	/** @type {string[]} */
	const visible = [];
	for (const [tag] of html.matchAll(/<input\b[^>]*\bname="layer"[^>]*>/g)) {
		const value = /\bvalue="([^"]+)"/.exec(tag)?.[1];
		if (!value) continue;
		layers.push(value);
		if (/\schecked(?=[\s/>=])/.test(tag)) visible.push(value);
	}
	if (layers.length === 0)
		throw new Error(`${site}/index.html has no <input name="layer"> checkbox`);
	return { layers, visible };
}

/**
 * The app's default camera, read from src/lib/view/camera.ts so the bare page shows the same view.
 * @returns {string} `zoom/lat/lon`
 */
export function defaultCamera() {
	const text = readFileSync(join(ROOT, 'src/lib/view/camera.ts'), 'utf8');
	const match =
		/DEFAULT_CAMERA[^=]*=\s*\{\s*zoom:\s*([\d.]+),\s*lat:\s*([\d.-]+),\s*lon:\s*([\d.-]+)/.exec(
			text
		);
	if (!match)
		throw new Error(
			'src/lib/view/camera.ts: DEFAULT_CAMERA not found; update scripts/bench/lib/site.js'
		);
	return `${match[1]}/${match[2]}/${match[3]}`;
}

/**
 * The app's basemap tiles, read from src/lib/geo/tiles.ts and src/lib/geo/region.ts, for the bare
 * page's second twin (the same tiles, no framework).
 * @returns {{ url: string, minzoom: number, maxzoom: number, bounds: number[] }}
 */
export function basemapTiles() {
	const tiles = readFileSync(join(ROOT, 'src/lib/geo/tiles.ts'), 'utf8');
	const region = readFileSync(join(ROOT, 'src/lib/geo/region.ts'), 'utf8');
	const url = /BASEMAP_TILES\s*=\s*'([^']+)'/.exec(tiles)?.[1];
	const minzoom = /TILE_MIN_ZOOM\s*=\s*(\d+)/.exec(tiles)?.[1];
	const maxzoom = /TILE_MAX_ZOOM\s*=\s*(\d+)/.exec(tiles)?.[1];
	const bounds = /REGION[^=]*=\s*\[([\d.,\s-]+)\]/.exec(region)?.[1];
	if (!url || !minzoom || !maxzoom || !bounds)
		throw new Error(
			'src/lib/geo/tiles.ts or src/lib/geo/region.ts: the basemap tiles were not found; update scripts/bench/lib/site.js'
		);
	return {
		url,
		minzoom: Number(minzoom),
		maxzoom: Number(maxzoom),
		bounds: bounds.split(',').map(Number)
	};
}
