#!/usr/bin/env node
// npm run bench: builds the site, serves a copy of it with scripts/serve.js beside a bare MapLibre
// page over the same data, and measures both in headless Chromium, interleaved, several runs each.
// Prints tables (medians, with min–max) and writes bench-results/<timestamp>.json.
//
//   npm run bench                      the three pages against the bare page, 5 runs each
//   npm run bench -- --runs 9          more runs
//   npm run bench -- --no-build        measure the existing build/
//   npm run bench -- --scale           build at 1×, 10× and 100× the data and compare (minutes)
//   npm run bench -- --scale --scales 1,10
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { measure } from './lib/measure.js';
import { bytesTable, ratios, ratioTable, summarisePage, table, timesTable } from './lib/report.js';
import { appLayers, buildSite, defaultCamera, ROOT, serve, snapshotSite } from './lib/site.js';
import { interleave } from './lib/stats.js';
import { synthesize } from './synthesize.js';

const PAGES = ['/', '/embed/torkham', '/locations/torkham'];
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
const RUNS = Number(option('runs', 5));
const SCALES = option('scales', '1,10,100').split(',').map(Number);
const pages = option('pages', PAGES.join(',')).split(',');
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a whole number ≥ 1');

const log = (message) => console.log(message);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function machine(browserVersion) {
	return {
		cores: availableParallelism(),
		cpu: cpus()[0]?.model ?? 'unknown',
		memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
		node: process.version,
		chromium: browserVersion
	};
}

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

function bareUrl(origin, site) {
	const { layers, visible } = appLayers(site);
	const query = new URLSearchParams({
		layers: layers.join(','),
		visible: visible.join(','),
		map: defaultCamera()
	});
	return `${origin}/__bench/bare/?${query}`;
}

/**
 * Measures every target RUNS times, one round after another, the order rotated each round.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ key: string, url: string }[]} targets
 */
async function rounds(browser, targets) {
	/** @type {Record<string, import('./lib/measure.js').Sample[]>} */
	const samples = Object.fromEntries(targets.map((target) => [target.key, []]));
	for (let round = 0; round < RUNS; round++) {
		const started = performance.now();
		for (const target of interleave(targets, round))
			samples[target.key].push(await measure(browser, target.url));
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

async function defaultBench(browser, work) {
	let buildMs = null;
	if (!flag('no-build')) {
		log('Building (npx vite build)…');
		buildMs = await buildSite();
		log(`  built in ${seconds(buildMs)}`);
	}
	const site = join(work, 'site');
	snapshotSite(site);
	const server = await serve(site);
	try {
		const skipped = {};
		for (const path of pages) {
			const reason = await unavailable(server.origin + path);
			if (reason) skipped[path] = reason;
		}
		const targets = [
			...pages
				.filter((path) => !skipped[path])
				.map((path) => ({ key: path, url: server.origin + path })),
			{ key: 'bare', url: bareUrl(server.origin, site) }
		];
		log(`Measuring ${targets.map((target) => target.key).join(', ')} × ${RUNS} runs, interleaved…`);
		const samples = await rounds(browser, targets);
		const bare = summarisePage(samples.bare);
		const results = pages.map((path) =>
			skipped[path]
				? { page: path, skipped: skipped[path] }
				: {
						page: path,
						summary: summarisePage(samples[path]),
						ratios: null,
						samples: samples[path]
					}
		);
		for (const result of results) if (result.summary) result.ratios = ratios(result.summary, bare);
		const rows = [
			...results.map((result) => ({
				label: result.page,
				summary: result.summary,
				skipped: result.skipped
			})),
			{ label: 'bare MapLibre', summary: bare }
		];
		log(`\nTimes from navigation start, ms: median (min–max) over ${RUNS} runs`);
		log(timesTable(rows));
		log(
			'\nBytes, KB gzip as transferred / raw (medians); "app JS" is all JS but maplibre-gl and its worker'
		);
		log(bytesTable(rows));
		log('\nHeadline: app / bare page (medians)');
		log(
			ratioTable(
				results.map((result) => ({
					label: result.page,
					ratios: result.ratios,
					skipped: result.skipped
				}))
			)
		);
		const errors = [...results.flatMap((result) => result.summary?.errors ?? []), ...bare.errors];
		if (errors.length) log(`\nErrors seen during runs:\n  ${errors.join('\n  ')}`);
		return {
			mode: 'default',
			buildMs,
			toggleLayer: bare.toggleLayer,
			pages: results,
			bare: { summary: bare, samples: samples.bare }
		};
	} finally {
		server.stop();
	}
}

async function scaleBench(browser, work) {
	/** @type {{ scale: number, buildMs: number, data: object, site: string, stats: object }[]} */
	const builds = [];
	// Largest first, so build/ is left holding the real data when the run ends.
	for (const scale of [...SCALES].sort((a, b) => b - a)) {
		const geodata = scale === 1 ? undefined : join(work, `geodata-${scale}x`);
		const data = synthesize(scale, geodata ?? join(work, 'geodata-1x-count'));
		log(
			`${scale}×: ${data.locations} locations, ${data.periods} status periods, ${data.events} events; building…`
		);
		const buildMs = await buildSite({ geodataDir: geodata });
		const site = join(work, `site-${scale}x`);
		// The synthetic builds are moved out of build/; the real one (built last) stays there.
		snapshotSite(site, { move: scale !== 1 });
		const stats = siteStats(site);
		log(
			`  built in ${seconds(buildMs)}: ${stats.htmlPages} HTML pages, ${stats.files} files, ${stats.megabytes} MB`
		);
		builds.push({ scale, buildMs, data, site, stats });
	}
	builds.sort((a, b) => a.scale - b.scale);
	const servers = await Promise.all(builds.map((build) => serve(build.site)));
	try {
		const skipped = {};
		const targets = [];
		builds.forEach((build, index) => {
			for (const path of pages)
				targets.push({
					key: `${path} @${build.scale}×`,
					url: servers[index].origin + path,
					path,
					scale: build.scale
				});
		});
		for (const target of targets) {
			const reason = await unavailable(target.url);
			if (reason) skipped[target.key] = reason;
		}
		const measured = targets.filter((target) => !skipped[target.key]);
		measured.push({ key: 'bare', url: bareUrl(servers[0].origin, builds[0].site) });
		log(`Measuring ${measured.length} targets × ${RUNS} runs, interleaved…`);
		const samples = await rounds(browser, measured);
		const bare = summarisePage(samples.bare);
		const results = targets.map((target) =>
			skipped[target.key]
				? { page: target.path, scale: target.scale, skipped: skipped[target.key] }
				: { page: target.path, scale: target.scale, summary: summarisePage(samples[target.key]) }
		);
		for (const result of results) if (result.summary) result.ratios = ratios(result.summary, bare);
		log('\nBuilds');
		log(
			table([
				['scale', 'locations', 'periods', 'events', 'build', 'HTML pages', 'site MB'],
				...builds.map((build) => [
					`${build.scale}×`,
					String(build.data.locations),
					String(build.data.periods),
					String(build.data.events),
					seconds(build.buildMs),
					String(build.stats.htmlPages),
					String(build.stats.megabytes)
				])
			])
		);
		const rows = [
			...results.map((result) => ({
				label: `${result.page} @${result.scale}×`,
				summary: result.summary,
				skipped: result.skipped
			})),
			{ label: 'bare MapLibre (1× data)', summary: bare }
		];
		log(`\nTimes from navigation start, ms: median (min–max) over ${RUNS} runs`);
		log(timesTable(rows));
		log('\nBytes, KB gzip / raw (medians)');
		log(bytesTable(rows));
		log('\napp / bare page (medians; bare at 1× data)');
		log(
			ratioTable(
				results.map((result) => ({
					label: `${result.page} @${result.scale}×`,
					ratios: result.ratios ?? null,
					skipped: result.skipped
				}))
			)
		);
		return {
			mode: 'scale',
			builds: builds.map(({ site: _site, ...build }) => build),
			pages: results,
			bare: { summary: bare }
		};
	} finally {
		for (const server of servers) server.stop();
	}
}

async function main() {
	const work = mkdtempSync(join(tmpdir(), 'border-map-bench-'));
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	const started = new Date();
	try {
		const result = flag('scale')
			? await scaleBench(browser, work)
			: await defaultBench(browser, work);
		const report = {
			date: started.toISOString(),
			runs: RUNS,
			machine: machine(browser.version()),
			git: gitHead(),
			...result
		};
		mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
		const file = join(
			'bench-results',
			`${started.toISOString().replace(/[:.]/g, '-')}${flag('scale') ? '-scale' : ''}.json`
		);
		writeFileSync(join(ROOT, file), JSON.stringify(report, null, '\t') + '\n');
		log(
			`\n${report.machine.cores} cores, ${report.machine.memoryGiB} GiB, Chromium ${report.machine.chromium}, Node ${report.machine.node}; total ${seconds(Date.now() - started.getTime())}`
		);
		log(`Wrote ${file}`);
	} finally {
		await browser.close();
		rmSync(work, { recursive: true, force: true });
	}
}

function gitHead() {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: ROOT,
			encoding: 'utf8'
		}).trim();
	} catch {
		return null;
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
