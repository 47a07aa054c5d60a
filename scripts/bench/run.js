#!/usr/bin/env node
// npm run bench: builds the site (in a private copy of the working tree), serves it with
// scripts/serve.js beside a bare MapLibre page over the same data, and measures both in headless
// Chromium, interleaved, several cold loads each. Prints tables (medians, with min–max) and writes
// bench-results/<timestamp>.json. See the README's Performance section.
//
//   npm run bench                          /, /embed/torkham, /locations/torkham, the dashboard with
//                                          the incidents layer on, and the bare page, 11 runs
//   npm run bench -- --runs 21             more runs (5 at the least the issue asks for)
//   npm run bench -- --no-build            measure the existing build/ instead of building
//   npm run bench -- --pages /,/embed      other pages
//   npm run bench -- --cpu-throttle 4       the CPU slowed 4× (DevTools protocol), app and bare alike
//   npm run bench -- --scale               build at 1× and 10× the data and compare
//   npm run bench -- --scale --scales 1,10,100   100× too: 45 min and 1 GB of disk here (Dec 2026)
//   npm run bench -- --scale --incidents-only    the incidents alone at each scale (real places)
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { measure } from './lib/measure.js';
import { bytesTable, ratios, ratioTable, summarisePage, table, timesTable } from './lib/report.js';
import {
	appLayers,
	basemapTiles,
	buildSite,
	copyProject,
	defaultCamera,
	placeSite,
	ROOT,
	serve
} from './lib/site.js';
import { interleave } from './lib/stats.js';
import { synthesize } from './synthesize.js';

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader',
	'--ignore-gpu-blocklist'
];

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
// 11 by default: on two shared cores one load varies by ±15%, and a median of 5 moved the
// app / bare ratios by ±0.1 from run to run. A scale run measures 14–18 pages, so 5 each there.
const SCALE = flag('scale');
const INCIDENTS_ONLY = flag('incidents-only');
const RUNS = Number(option('runs', SCALE ? 5 : 11));
const SCALES = option('scales', '1,10')
	.split(',')
	.map(Number)
	.sort((a, b) => a - b);
/** The dashboard with the incidents layer on, on a day with many incidents in its window. */
const INCIDENTS_PAGE = '/?layers=durand-line,crossings,cities,incidents&date=2026-03-01';
// A page's query may hold commas (layers=a,b): pages are split before each leading slash.
const PAGES = option('pages', `/,/embed/torkham,/locations/torkham,${INCIDENTS_PAGE}`).split(
	/,(?=\/)/
);
/** Slows every page's CPU this many times (1: not at all), the app's and the bare page's alike. */
const CPU_THROTTLE = Number(option('cpu-throttle', 1));
if (!(CPU_THROTTLE >= 1)) throw new Error('--cpu-throttle must be a number ≥ 1, e.g. 4');
if (INCIDENTS_ONLY && !SCALE) throw new Error('--incidents-only goes with --scale');
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a whole number ≥ 1');
if (SCALES.some((scale) => !Number.isInteger(scale) || scale < 1))
	throw new Error('--scales takes whole numbers ≥ 1, e.g. 1,10,100');

const log = (message) => console.log(message);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** @returns {Promise<string | null>} why `url` cannot be measured, or null when it can */
async function unavailable(url) {
	try {
		const response = await fetch(url);
		await response.arrayBuffer();
		return response.status === 200 ? null : `HTTP ${response.status} (page not built)`;
	} catch (error) {
		return `unreachable: ${error instanceof Error ? error.message : error}`;
	}
}

/**
 * What a page's map shows once drawn, read from its map container's test hooks: the layers drawn,
 * the camera and the canvas size. Null for a page without a map.
 * @returns {Promise<{ visible: string[], camera: string, size: string } | null>}
 */
async function viewOf(browser, url) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1
	});
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		if ((await page.locator('[data-map-state]').count()) === 0) return null;
		await page.waitForSelector('[data-map-state="ready"]', { timeout: 120_000 });
		return await page.evaluate(() => {
			const map = /** @type {HTMLElement} */ (document.querySelector('[data-map-state]'));
			const box = /** @type {HTMLElement} */ (map.querySelector('canvas')).getBoundingClientRect();
			return {
				visible: (map.dataset.renderedLayers ?? '').split(',').filter(Boolean),
				camera: map.dataset.renderedCamera ?? '',
				size: `${Math.round(box.width)}x${Math.round(box.height)}`
			};
		});
	} finally {
		await context.close();
	}
}

/**
 * The bare page showing the same view as an app page: its layers (all listed, in the app's panel
 * order, those it draws shown), its camera and its map size. Without a view, the dashboard's
 * layers at the default camera, full window.
 */
function bareUrl(origin, site, view, { tiles = false } = {}) {
	const { layers, visible } = appLayers(site);
	const query = new URLSearchParams({
		layers: layers.join(','),
		visible: (view?.visible ?? visible).join(','),
		map: view?.camera || defaultCamera()
	});
	if (view) query.set('size', view.size);
	if (tiles) {
		const basemap = basemapTiles();
		query.set('tiles', basemap.url);
		query.set('tilezooms', `${basemap.minzoom},${basemap.maxzoom}`);
		query.set('bounds', basemap.bounds.join(','));
	}
	return `${origin}/__bench/bare/?${query}`;
}

/**
 * Measures every target RUNS times, one round after another, the order rotated each round. A run
 * that throws (a timeout, a crash) is kept as a failure and the rest go on.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ key: string, url: string }[]} targets
 */
async function rounds(browser, targets) {
	/** @type {Record<string, (import('./lib/measure.js').Sample | { failed: string })[]>} */
	const samples = Object.fromEntries(targets.map((target) => [target.key, []]));
	for (let round = 0; round < RUNS; round++) {
		const started = performance.now();
		for (const target of interleave(targets, round)) {
			try {
				samples[target.key].push(await measure(browser, target.url, { cpuThrottle: CPU_THROTTLE }));
			} catch (error) {
				const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
				samples[target.key].push({ failed: message });
				log(`  ${target.key}: run failed: ${message}`);
			}
		}
		log(`  round ${round + 1}/${RUNS} (${seconds(performance.now() - started)})`);
	}
	return samples;
}

function siteStats(site) {
	let files = 0;
	let html = 0;
	let bytes = 0;
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '__bench') walk(path);
				continue;
			}
			files += 1;
			bytes += statSync(path).size;
			if (entry.name.endsWith('.html')) html += 1;
		}
	};
	walk(site);
	return { files, htmlPages: html, megabytes: Math.round((bytes / 2 ** 20) * 10) / 10 };
}

/**
 * The sites to measure: one build of the working tree, or (--scale) one per data scale.
 * @returns {Promise<{ label: string, site: string, build: object | null }[]>}
 */
async function prepareSites(work) {
	if (!SCALE && flag('no-build')) {
		log('Measuring the existing build/ (--no-build)');
		return [
			{
				label: '',
				site: placeSite(join(ROOT, 'build'), join(work, 'site'), { copy: true }),
				build: null
			}
		];
	}
	const project = copyProject(join(work, 'project'));
	if (!SCALE) {
		log('Building a copy of the working tree (npx vite build)…');
		const ms = await buildSite(project);
		log(`  built in ${seconds(ms)}`);
		const site = placeSite(join(project, 'build'), join(work, 'site'));
		return [{ label: '', site, build: { ms, ...siteStats(site) } }];
	}
	const sites = [];
	for (const scale of SCALES) {
		const data = synthesize(scale, join(work, `geodata-${scale}x`), {
			incidentsOnly: INCIDENTS_ONLY
		});
		log(
			`${scale}×: ${data.locations} locations, ${data.periods} status periods, ${data.events} events, ${data.incidents} incidents; building…`
		);
		const ms = await buildSite(project, { geodataDir: data.out });
		rmSync(data.out, { recursive: true, force: true });
		const site = placeSite(join(project, 'build'), join(work, `site-${scale}x`));
		const stats = siteStats(site);
		log(
			`  built in ${seconds(ms)}: ${stats.htmlPages} HTML pages, ${stats.files} files, ${stats.megabytes} MB`
		);
		const { out: _out, ...counts } = data;
		const label = ` @${scale}×${INCIDENTS_ONLY ? ' incidents' : ''}`;
		sites.push({ label, site, build: { scale, ms, ...counts, ...stats } });
	}
	return sites;
}

async function bench(browser, work) {
	const sites = await prepareSites(work);
	const servers = [];
	try {
		for (const { site } of sites) servers.push(await serve(site));
		const targets = sites.flatMap(({ label }, index) =>
			PAGES.map((page) => ({
				key: `${page}${label}`,
				page,
				url: servers[index].origin + page
			}))
		);
		/** @type {Record<string, string>} */
		const skipped = {};
		for (const target of targets) {
			const reason = await unavailable(target.url);
			if (reason) skipped[target.key] = reason;
		}
		// Each map page is compared with a bare page showing its view (at 1× data in a scale run);
		// a page without a map, with the dashboard's. The bare page draws the site's GeoJSON files as
		// published, the fixture the issue describes (the headline); its second twin draws the
		// basemap from the app's own tiles, the same data, which leaves what the app costs beyond
		// MapLibre itself.
		const data = SCALE ? ` (${SCALES[0]}× data)` : '';
		/** @type {{ key: string, page: string, url: string, tiles?: boolean }[]} */
		const twins = [];
		for (const page of PAGES) {
			if (skipped[`${page}${sites[0].label}`]) continue;
			const view = await viewOf(browser, servers[0].origin + page);
			if (view) {
				const url = bareUrl(servers[0].origin, sites[0].site, view);
				twins.push({ key: `bare, as ${page}${data}`, page, url });
				const tiles = bareUrl(servers[0].origin, sites[0].site, view, { tiles: true });
				twins.push({ key: `bare + tiles, as ${page}${data}`, page, url: tiles, tiles: true });
			}
		}
		if (twins.length === 0)
			twins.push({
				key: `bare MapLibre${data}`,
				page: '',
				url: bareUrl(servers[0].origin, sites[0].site)
			});
		const twinOf = (page, tiles = false) =>
			twins.find((twin) => twin.page === page && !!twin.tiles === tiles) ??
			twins.find((twin) => twin.page === '/' && !!twin.tiles === tiles) ??
			twins.find((twin) => !!twin.tiles === tiles);
		const measured = [...targets.filter((target) => !skipped[target.key]), ...twins];
		log(`Measuring ${measured.length} pages × ${RUNS} cold loads, interleaved…`);
		const samples = await rounds(browser, measured);
		const bare = Object.fromEntries(
			twins.map((twin) => [twin.key, summarisePage(samples[twin.key])])
		);
		const results = targets.map(({ key, page }) => {
			if (skipped[key]) return { key, page, skipped: skipped[key] };
			const summary = summarisePage(samples[key]);
			const twin = twinOf(page);
			const tiled = twinOf(page, true);
			return {
				key,
				page,
				bare: twin.key,
				summary,
				ratios: ratios(summary, bare[twin.key]),
				tiledBare: tiled?.key ?? null,
				tiledRatios: tiled ? ratios(summary, bare[tiled.key]) : null,
				samples: samples[key]
			};
		});

		const builds = sites.filter((site) => site.build).map((site) => site.build);
		if (SCALE) {
			log('\nBuilds');
			log(
				table([
					[
						'scale',
						'locations',
						'periods',
						'events',
						'incidents',
						'build',
						'HTML pages',
						'site MB'
					],
					...builds.map((build) => [
						`${build.scale}×`,
						String(build.locations),
						String(build.periods),
						String(build.events),
						String(build.incidents),
						seconds(build.ms),
						String(build.htmlPages),
						String(build.megabytes)
					])
				])
			);
		}
		const rows = [
			...results.map((result) => ({ label: result.key, ...result })),
			...twins.map((twin) => ({ label: twin.key, summary: bare[twin.key] }))
		];
		log(`\nTimes from navigation start, ms: median (min–max) over ${RUNS} cold loads`);
		log(timesTable(rows));
		log(
			'\nBytes, KB gzip as transferred / raw (medians); "app JS" is all JS but maplibre-gl and its worker'
		);
		log(bytesTable(rows));
		log('\nHeadline: app / the bare page showing the same view (medians)');
		log(ratioTable(results.map((result) => ({ label: result.key, ...result }))));
		log(
			'\nThe same against the bare page over the app’s basemap tiles: what the app costs beyond its data'
		);
		log(
			ratioTable(
				results
					.filter((result) => result.tiledRatios)
					.map((result) => ({ label: result.key, ...result, ratios: result.tiledRatios }))
			)
		);
		const errors = [
			...results.flatMap((result) => result.summary?.errors ?? []),
			...Object.values(bare).flatMap((summary) => summary.errors)
		];
		if (errors.length) log(`\nErrors seen during runs:\n  ${errors.join('\n  ')}`);
		return {
			mode: SCALE ? (INCIDENTS_ONLY ? 'scale, incidents only' : 'scale') : 'default',
			builds,
			pages: results,
			bare: twins.map((twin) => ({
				key: twin.key,
				page: twin.page,
				url: twin.url,
				summary: bare[twin.key],
				samples: samples[twin.key]
			}))
		};
	} finally {
		for (const server of servers) server.stop();
	}
}

function gitHead() {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' })
			.trim()
			.concat(
				execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim()
					? ' + uncommitted changes'
					: ''
			);
	} catch {
		return null;
	}
}

async function main() {
	const work = mkdtempSync(join(tmpdir(), 'border-map-bench-'));
	// A scale run's sites take gigabytes: never leave them behind.
	for (const signal of ['SIGINT', 'SIGTERM'])
		process.once(signal, () => {
			rmSync(work, { recursive: true, force: true });
			process.exit(130);
		});
	const started = new Date();
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	try {
		const result = await bench(browser, work);
		const report = {
			date: started.toISOString(),
			runs: RUNS,
			machine: {
				cores: availableParallelism(),
				cpu: cpus()[0]?.model ?? 'unknown',
				memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
				node: process.version,
				chromium: browser.version()
			},
			git: gitHead(),
			cpuThrottle: CPU_THROTTLE,
			...result
		};
		mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
		const stamp = started.toISOString().replace(/[:.]/g, '-');
		const file = join('bench-results', `${stamp}${SCALE ? '-scale' : ''}.json`);
		writeFileSync(join(ROOT, file), JSON.stringify(report, null, '\t') + '\n');
		const { cores, memoryGiB, chromium: version, node } = report.machine;
		log(
			`\n${cores} cores, ${memoryGiB} GiB, Chromium ${version}, Node ${node}${CPU_THROTTLE > 1 ? `, CPU throttled ${CPU_THROTTLE}×` : ''}; ${seconds(Date.now() - started.getTime())} in all`
		);
		log(`Wrote ${file}`);
	} finally {
		await browser.close();
		rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
