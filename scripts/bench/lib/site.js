// Building, copying and serving the sites the benchmark measures. A measured site is always a copy
// of build/ in a temporary folder, with the bare-page fixture added under /__bench/, so the shipped
// build/ never gains a benchmark file and a concurrent rebuild cannot change a site mid-run.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/**
 * Runs `npx vite build` in the project (adapter-static writes build/).
 * @param {{ geodataDir?: string }} [options] GEODATA_DIR for the build; the real geodata/ if unset
 * @returns {Promise<number>} wall-clock milliseconds
 */
export function buildSite({ geodataDir } = {}) {
	const env = { ...process.env };
	if (geodataDir) env.GEODATA_DIR = geodataDir;
	else delete env.GEODATA_DIR;
	const started = performance.now();
	return new Promise((resolvePromise, reject) => {
		const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, env });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
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
 * Copies build/ to `dest` (or moves it, for the scale builds, which reach gigabytes) and adds the
 * bare page, maplibre-gl's dist files and its font under `dest/__bench/`.
 * @param {string} dest
 * @param {{ move?: boolean }} [options]
 */
export function snapshotSite(dest, { move = false } = {}) {
	const build = join(ROOT, 'build');
	if (!existsSync(join(build, 'index.html')))
		throw new Error('build/index.html is missing: the build did not write a site');
	if (move) {
		try {
			renameSync(build, dest);
		} catch {
			// EXDEV: the temporary folder is on another file system.
			cpSync(build, dest, { recursive: true });
		}
	} else cpSync(build, dest, { recursive: true });
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
 * Serves `root` with the project's own static server (scripts/serve.js, gzip on the fly).
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
 * The app's default camera, read from src/lib/map/camera.ts so the bare page shows the same view.
 * @returns {string} `zoom/lat/lon`
 */
export function defaultCamera() {
	const text = readFileSync(join(ROOT, 'src/lib/map/camera.ts'), 'utf8');
	const match =
		/DEFAULT_CAMERA[^=]*=\s*\{\s*zoom:\s*([\d.]+),\s*lat:\s*([\d.-]+),\s*lon:\s*([\d.-]+)/.exec(
			text
		);
	if (!match)
		throw new Error(
			'src/lib/map/camera.ts: DEFAULT_CAMERA not found; update scripts/bench/lib/site.js'
		);
	return `${match[1]}/${match[2]}/${match[3]}`;
}
