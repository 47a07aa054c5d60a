#!/usr/bin/env node
// Synthetic geodata at N× today's size, for the scale benchmark: the real folder copied, plus N−1
// copies of every location under new slugs (`torkham-s2` … `torkham-sN`) with their status periods,
// figures and events duplicated, points jittered within ±0.5° (clamped to the map region), the same
// source ids, and each corridor copy routed through the copies of its own nodes; and N−1 copies of
// every incident (`<id>-sN`), each on a day drawn evenly over the real incidents' span (keeping its
// length in days), filed in that day's month, at its place's copy or at its point jittered like
// the locations', citing the same sources. With --incidents-only, the incidents alone (at the real
// places), to tell their cost from the places'. Deterministic (a seeded generator), and never
// written into geodata/: build it with GEODATA_DIR=<out>.
//
// Usage: node scripts/bench/synthesize.js <N> [--out <dir>] [--incidents-only]
//        (default out: $TMPDIR/border-map-geodata-<N>x)
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** [west, south, east, north], as src/lib/geo/region.ts; kept in step by the synthesize test. */
export const REGION = [50, 18, 84, 42];

/** mulberry32: a tiny seeded generator, so the same N always gives the same files. */
function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const clamp = (value, low, high) => Math.min(high, Math.max(low, value));
const round = (value) => Math.round(value * 1e4) / 1e4;
const DAY = 86_400_000;
const dayNumber = (/** @type {string} */ date) => Date.parse(`${date}T00:00:00Z`) / DAY;
const isoDay = (/** @type {number} */ day) => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * Writes N× geodata to `out` (replacing it) and returns what it wrote.
 * @param {number} n how many times today's locations (1 copies the real data unchanged)
 * @param {string} out destination folder; must not be the real geodata/
 * @param {{ source?: string, seed?: number, incidentsOnly?: boolean }} [options] `incidentsOnly`:
 *   copy the incidents alone, at the real places
 * @returns {{ out: string, locations: number, periods: number, events: number, figures: number, incidents: number }}
 * @example synthesize(10, '/tmp/geodata-10x') // then: GEODATA_DIR=/tmp/geodata-10x npx vite build
 */
export function synthesize(
	n,
	out,
	{ source = join(ROOT, 'geodata'), seed = 20251012, incidentsOnly = false } = {}
) {
	if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a whole number ≥ 1, got ${n}`);
	const target = resolve(out);
	if (target === resolve(source) || target === join(ROOT, 'geodata'))
		throw new Error('synthetic data must not be written into geodata/');
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	cpSync(source, target, { recursive: true });

	const next = random(seed);
	const jitter = () => (next() - 0.5) * 1.0;
	const [west, south, east, north] = REGION;
	const dir = join(target, 'locations');
	const originals = readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
	const totals = { locations: 0, periods: 0, events: 0, figures: 0 };
	const count = (location) => {
		totals.locations += 1;
		totals.periods += location.status?.length ?? 0;
		totals.events += location.events?.length ?? 0;
		totals.figures += location.figures?.length ?? 0;
	};
	originals.forEach(count);

	const placeCopies = incidentsOnly ? 1 : n;
	for (let copy = 2; copy <= placeCopies; copy++) {
		const rename = (slug) => `${slug}-s${copy}`;
		for (const original of originals) {
			const location = structuredClone(original);
			location.slug = rename(original.slug);
			location.names.en = `${original.names.en} (synthetic ${copy})`;
			if (location.geometry) {
				const [lon, lat] = location.geometry.coordinates;
				location.geometry.coordinates = [
					round(clamp(lon + jitter(), west + 0.01, east - 0.01)),
					round(clamp(lat + jitter(), south + 0.01, north - 0.01))
				];
			}
			if (location.route) {
				for (const leg of location.route.legs) {
					leg.from = rename(leg.from);
					leg.to = rename(leg.to);
				}
				location.route.crossings = location.route.crossings.map(rename);
			}
			writeFileSync(
				join(dir, `${location.slug}.json`),
				JSON.stringify(location, null, '\t') + '\n'
			);
			count(location);
		}
	}
	const incidents = synthesizeIncidents(n, target, { next, jitter, places: !incidentsOnly });
	return { out: target, ...totals, incidents };
}

/**
 * Adds N−1 copies of every incident in `target`/incidents to its month files.
 * @param {{ next: () => number, jitter: () => number, places: boolean }} options the seeded
 *   generator and jitter; `places`: whether the places were copied too (a copy then stands at its
 *   place's copy)
 * @returns {number} how many incidents the folder now holds
 */
function synthesizeIncidents(n, target, { next, jitter, places }) {
	const dir = join(target, 'incidents');
	if (!existsSync(dir)) return 0;
	/** @type {Map<string, any[]>} */
	const months = new Map(
		readdirSync(dir)
			.filter((name) => name.endsWith('.json'))
			.sort()
			.map((name) => [name.slice(0, 7), JSON.parse(readFileSync(join(dir, name), 'utf8'))])
	);
	const originals = [...months.values()].flat();
	if (originals.length === 0) return 0;
	const days = originals.map((incident) => dayNumber(incident.date));
	const [first, last] = [Math.min(...days), Math.max(...days)];
	const [west, south, east, north] = REGION;
	for (let copy = 2; copy <= n; copy++) {
		for (const original of originals) {
			const incident = structuredClone(original);
			incident.id = `${original.id}-s${copy}`;
			// Over the span, so that no copy falls after the data's newest review.
			const length = original.until ? dayNumber(original.until) - dayNumber(original.date) : 0;
			const day = first + Math.floor(next() * (last - length - first + 1));
			incident.date = isoDay(day);
			if (original.until) incident.until = isoDay(day + length);
			const { location } = incident;
			if (location.place) {
				if (places) location.place = `${location.place}-s${copy}`;
			} else
				location.coordinates = [
					round(clamp(location.coordinates[0] + jitter(), west + 0.01, east - 0.01)),
					round(clamp(location.coordinates[1] + jitter(), south + 0.01, north - 0.01))
				];
			const month = incident.date.slice(0, 7);
			if (!months.has(month)) months.set(month, []);
			months.get(month).push(incident);
		}
	}
	for (const [month, incidents] of months)
		writeFileSync(join(dir, `${month}.json`), JSON.stringify(incidents, null, '\t') + '\n');
	return originals.length * n;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const args = process.argv.slice(2);
	const n = Number(args[0]);
	const outIndex = args.indexOf('--out');
	const incidentsOnly = args.includes('--incidents-only');
	const out = outIndex >= 0 ? args[outIndex + 1] : join(tmpdir(), `border-map-geodata-${n}x`);
	if (!out || !existsSync(join(ROOT, 'geodata'))) {
		console.error('Usage: node scripts/bench/synthesize.js <N> [--out <dir>] [--incidents-only]');
		process.exit(1);
	}
	try {
		const result = synthesize(n, out, { incidentsOnly });
		console.log(
			`${n}×: ${result.locations} locations, ${result.periods} status periods, ${result.events} events, ${result.figures} figures, ${result.incidents} incidents in ${result.out}\n` +
				`Build it: GEODATA_DIR=${result.out} npx vite build`
		);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
