#!/usr/bin/env node
// Synthetic geodata at N× today's size, for the scale benchmark: the real folder copied, plus N−1
// copies of every location under new slugs (`torkham-s2` … `torkham-sN`) with their status periods,
// figures and events duplicated, points jittered within ±0.5° (clamped to the map region), the same
// source ids, and each corridor copy routed through the copies of its own nodes. Deterministic
// (a seeded generator), and never written into geodata/: build it with GEODATA_DIR=<out>.
//
// Usage: node scripts/bench/synthesize.js <N> [--out <dir>]   (default out: $TMPDIR/border-map-geodata-<N>x)
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

/**
 * Writes N× geodata to `out` (replacing it) and returns what it wrote.
 * @param {number} n how many times today's locations (1 copies the real data unchanged)
 * @param {string} out destination folder; must not be the real geodata/
 * @param {{ source?: string, seed?: number }} [options]
 * @returns {{ out: string, locations: number, periods: number, events: number, figures: number }}
 * @example synthesize(10, '/tmp/geodata-10x') // then: GEODATA_DIR=/tmp/geodata-10x npx vite build
 */
export function synthesize(n, out, { source = join(ROOT, 'geodata'), seed = 20251012 } = {}) {
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

	for (let copy = 2; copy <= n; copy++) {
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
	return { out: target, ...totals };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const args = process.argv.slice(2);
	const n = Number(args[0]);
	const outIndex = args.indexOf('--out');
	const out = outIndex >= 0 ? args[outIndex + 1] : join(tmpdir(), `border-map-geodata-${n}x`);
	if (!out || !existsSync(join(ROOT, 'geodata'))) {
		console.error('Usage: node scripts/bench/synthesize.js <N> [--out <dir>]');
		process.exit(1);
	}
	try {
		const result = synthesize(n, out);
		console.log(
			`${n}×: ${result.locations} locations, ${result.periods} status periods, ${result.events} events, ${result.figures} figures in ${result.out}\n` +
				`Build it: GEODATA_DIR=${result.out} npx vite build`
		);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
