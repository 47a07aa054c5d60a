/**
 * Tests on the real basemap and Durand Line, built from world-atlas once for this file (about a
 * second), and a golden test against the committed files under geodata/.
 *
 * When the golden test fails the committed files are stale: run `npm run data` (the script is the
 * rewriter) and commit the result. `UPDATE_GOLDEN=1 npx vitest run scripts` does the same from here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { booleanPointInPolygon, length, point } from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { borderBetween } from '../src/lib/geo/border-between';
import {
	BASEMAP_PATHS,
	REGION,
	buildBasemap,
	serializeGeojson,
	type BasemapPath
} from '../src/lib/geo/build-basemap';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const atlas = join(root, 'node_modules', 'world-atlas');
/** Reported length of the Durand Line, km. */
const REPORTED_KM = 2640;

let world: Topology;
let files: Record<BasemapPath, FeatureCollection>;
let byId: (id: string) => GeometryObject;

beforeAll(() => {
	world = JSON.parse(readFileSync(join(atlas, 'countries-10m.json'), 'utf8')) as Topology;
	const { version } = JSON.parse(readFileSync(join(atlas, 'package.json'), 'utf8')) as {
		version: string;
	};
	files = buildBasemap({ world, worldAtlasVersion: version });
	const geometries = (world.objects.countries as GeometryCollection).geometries;
	byId = (id) => geometries.find((g) => g.id === id)!;
});

/** Metres from a point to a polyline, in a local equirectangular projection (ample for 300 m). */
function distanceToLineM(p: Position, line: Position[]): number {
	const kx = 111_320 * Math.cos((p[1]! * Math.PI) / 180);
	const ky = 110_574;
	let best = Infinity;
	for (let i = 0; i + 1 < line.length; i++) {
		const ax = (line[i]![0]! - p[0]!) * kx;
		const ay = (line[i]![1]! - p[1]!) * ky;
		const dx = (line[i + 1]![0]! - line[i]![0]!) * kx;
		const dy = (line[i + 1]![1]! - line[i]![1]!) * ky;
		const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
		best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
	}
	return best;
}

const endpoints = (lines: Position[][]) => lines.flatMap((l) => [l[0]!, l.at(-1)!]).map(String);

/** The one point where three countries' boundaries meet, from the unsimplified data. */
function tripoint(a: string, b: string, c: string): Position {
	const ab = new Set(endpoints(borderBetween(world, byId(a), byId(b)).coordinates));
	const bc = new Set(endpoints(borderBetween(world, byId(b), byId(c)).coordinates));
	const shared = [...ab].filter((p) => bc.has(p));
	expect(shared).toHaveLength(1);
	return shared[0]!.split(',').map(Number);
}

/**
 * Points just left and right of the middle of a line's longest segment, offset by a twentieth of that
 * segment (at most ~200 m) so that a hairpin bend nearby cannot put them on the wrong side.
 */
function sidePoints(line: Position[]): { left: Feature<Point>; right: Feature<Point> } {
	const segments = line.slice(1).map((b, i) => [line[i]!, b] as const);
	const [a, b] = segments.reduce((x, y) =>
		Math.hypot(y[1][0]! - y[0][0]!, y[1][1]! - y[0][1]!) >
		Math.hypot(x[1][0]! - x[0][0]!, x[1][1]! - x[0][1]!)
			? y
			: x
	);
	const [mx, my] = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
	const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
	const k = Math.min(0.05, 0.002 / Math.hypot(dx, dy));
	return { left: point([mx - dy * k, my + dx * k]), right: point([mx + dy * k, my - dx * k]) };
}

/** A country's polygon as built (clipped and simplified), by alpha-3 code. */
function countryShape(iso: string): Feature<Polygon | MultiPolygon> {
	const found = files['basemap/countries.geojson'].features.find(
		(f) => f.properties?.iso_a3 === iso
	);
	return found as Feature<Polygon | MultiPolygon>;
}

const durand = () => files['layers/durand-line.geojson'].features[0] as Feature<LineString>;
const rawDurand = () => borderBetween(world, byId('586'), byId('004')).coordinates;

describe('golden files', () => {
	it.each(BASEMAP_PATHS)('%s matches buildBasemap() byte for byte', (path) => {
		const built = serializeGeojson(files[path]);
		const target = join(root, 'geodata', path);
		if (process.env.UPDATE_GOLDEN === '1') writeFileSync(target, built);
		const committed = readFileSync(target, 'utf8');
		expect(committed === built, `${path} is stale: run \`npm run data\` and commit`).toBe(true);
	});

	it('keeps the whole basemap under 120 KB gzip', () => {
		const gzip = BASEMAP_PATHS.filter((p) => p.startsWith('basemap/'))
			.map((p) => gzipSync(serializeGeojson(files[p]), { level: 9 }).length)
			.reduce((a, b) => a + b);
		console.log(`basemap total: ${(gzip / 1024).toFixed(1)} KB gzip`);
		expect(gzip).toBeLessThan(120 * 1024);
	});

	it('writes no coordinate with more than 4 decimals', () => {
		for (const path of BASEMAP_PATHS) {
			const text = serializeGeojson(files[path]);
			expect(text.match(/-?\d+\.\d{5,}/g), path).toBeNull();
		}
	});
});

describe('the Durand Line', () => {
	it('is one merged line whose properties say what it is and where it comes from', () => {
		const line = durand();
		expect(files['layers/durand-line.geojson'].features).toHaveLength(1);
		expect(line.geometry.type).toBe('LineString');
		expect(line.properties).toMatchObject({
			id: 'durand-line',
			slug: 'durand-line',
			name: 'Durand Line',
			status_label: 'De facto border; Afghanistan does not recognise it',
			source: 'natural-earth'
		});
		expect(line.properties!.provenance).toMatch(
			/Natural Earth 1:10m.*world-atlas@2\.0\.2.*004.*586/
		);
	});

	it('has a plausible length, close to the unsimplified Natural Earth boundary', () => {
		const km = durand().properties!.length_km as number;
		const rawKm = length({
			type: 'Feature',
			properties: {},
			geometry: { type: 'MultiLineString', coordinates: rawDurand() }
		});
		console.log(
			`Durand Line: ${km} km (unsimplified Natural Earth: ${rawKm.toFixed(1)} km; reported ${REPORTED_KM} km)`
		);
		expect(km).toBeCloseTo(length(durand()), 1);
		// Generalised 1:10m data, quantized by world-atlas to ~0.0036°, loses the small wiggles a
		// surveyed length includes (the coastline effect): Natural Earth gives ~15% less than the
		// reported 2,640 km. Allow −20 %/+10 %; a wrong or partial boundary falls far outside.
		expect(km).toBeGreaterThan(REPORTED_KM * 0.8);
		expect(km).toBeLessThan(REPORTED_KM * 1.1);
		expect(Math.abs(km - rawKm) / rawKm).toBeLessThan(0.005);
	});

	it('runs from the China tripoint (Wakhan) to the Iran tripoint', () => {
		const coords = durand().geometry.coordinates;
		const north = tripoint('004', '156', '586');
		const south = tripoint('004', '364', '586');
		console.log(`Durand Line from ${coords[0]} (AFG–CHN–PAK) to ${coords.at(-1)} (AFG–IRN–PAK)`);
		expect(distanceToLineM(coords[0]!, [north, north])).toBeLessThan(15);
		expect(distanceToLineM(coords.at(-1)!, [south, south])).toBeLessThan(15);
	});

	it('keeps every vertex within 300 m of the unsimplified boundary, and vice versa', () => {
		const raw = rawDurand();
		expect(raw).toHaveLength(1);
		const simplified = durand().geometry.coordinates;
		const worst = (points: Position[], line: Position[]) =>
			Math.max(...points.map((p) => distanceToLineM(p, line)));
		const out = worst(simplified, raw[0]!);
		const back = worst(raw[0]!, simplified);
		console.log(
			`Durand Line: ${raw[0]!.length} → ${simplified.length} vertices, max offset ${back.toFixed(0)} m`
		);
		expect(out).toBeLessThan(300);
		expect(back).toBeLessThan(300);
	});

	it('has Pakistan on its left and Afghanistan on its right', () => {
		const { left, right } = sidePoints(durand().geometry.coordinates);
		expect(booleanPointInPolygon(left, countryShape('PAK'))).toBe(true);
		expect(booleanPointInPolygon(right, countryShape('AFG'))).toBe(true);
	});

	it('shares its vertices with the Afghanistan and Pakistan fills, so line and fills align', () => {
		const countries = files['basemap/countries.geojson'].features;
		const vertices = (iso: string) => {
			const f = countries.find((c) => c.properties?.iso_a3 === iso)!;
			return new Set(JSON.stringify(f.geometry).match(/-?[\d.]+,-?[\d.]+/g));
		};
		const [afg, pak] = [vertices('AFG'), vertices('PAK')];
		for (const p of durand().geometry.coordinates.map(String)) {
			expect(afg.has(p) && pak.has(p), p).toBe(true);
		}
	});
});

describe('the basemap', () => {
	const countries = () =>
		files['basemap/countries.geojson'].features as Feature<Polygon | MultiPolygon>[];

	it('has one feature per country in the region, Afghanistan and Pakistan in focus', () => {
		const isos = countries().map((f) => f.properties!.iso_a3);
		expect(isos).toEqual(
			expect.arrayContaining(['AFG', 'PAK', 'IRN', 'IND', 'CHN', 'TKM', 'UZB', 'TJK', 'OMN', 'ARE'])
		);
		expect(new Set(isos).size).toBe(isos.length);
		const focus = countries()
			.filter((f) => f.properties!.focus)
			.map((f) => f.properties!.iso_a3);
		expect(focus).toEqual(['AFG', 'PAK']);
	});

	it('places every country label inside its (clipped) country and inside the region', () => {
		const labels = files['basemap/country-labels.geojson'].features as Feature<Point>[];
		expect(labels.map((l) => l.properties!.iso_a3)).toEqual(
			countries()
				.map((f) => f.properties!.iso_a3)
				.filter((iso) => iso !== null)
		);
		for (const label of labels) {
			const country = countries().find((f) => f.properties!.iso_a3 === label.properties!.iso_a3)!;
			expect(booleanPointInPolygon(label, country), label.properties!.iso_a3).toBe(true);
			const [x, y] = label.geometry.coordinates as [number, number];
			expect(x >= REGION[0] && x <= REGION[2] && y >= REGION[1] && y <= REGION[3]).toBe(true);
		}
	});

	it('draws boundaries with left/right codes, but not the Afghanistan–Pakistan one', () => {
		const pairs = files['basemap/boundaries.geojson'].features.map(
			(f) => `${f.properties!.left}/${f.properties!.right}`
		);
		expect(pairs).toEqual(
			expect.arrayContaining(['AFG/IRN', 'IRN/PAK', 'AFG/CHN', 'CHN/PAK', 'IND/PAK'])
		);
		expect(pairs).not.toContain('AFG/PAK');
		expect(pairs).not.toContain('PAK/AFG');
	});

	it('orients every boundary with its `left` country on the left', () => {
		for (const f of files['basemap/boundaries.geojson'].features) {
			const { left, right } = f.properties as { left: string | null; right: string | null };
			if (!left || !right) continue;
			const lines =
				f.geometry.type === 'LineString'
					? [f.geometry.coordinates]
					: (f.geometry as MultiLineString).coordinates;
			const line = lines.reduce((a, b) => (b.length > a.length ? b : a));
			const { left: l, right: r } = sidePoints(line);
			expect(booleanPointInPolygon(l, countryShape(left)), `${left}/${right}`).toBe(true);
			expect(booleanPointInPolygon(r, countryShape(right)), `${left}/${right}`).toBe(true);
		}
	});

	it('winds every polygon the RFC 7946 way: exterior counter-clockwise, holes clockwise', () => {
		const signedArea = (ring: Position[]) =>
			ring.slice(1).reduce((sum, b, i) => sum + ring[i]![0]! * b[1]! - b[0]! * ring[i]![1]!, 0);
		for (const f of [
			...files['basemap/land.geojson'].features,
			...files['basemap/countries.geojson'].features
		] as Feature<Polygon | MultiPolygon>[]) {
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const [outer, ...holes] of polygons) {
				expect(signedArea(outer!), String(f.properties?.name)).toBeGreaterThan(0);
				for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
			}
		}
	});

	it('keeps everything inside the region', () => {
		for (const path of BASEMAP_PATHS.filter((p) => p.startsWith('basemap/'))) {
			const numbers = serializeGeojson(files[path]).match(/\[-?[\d.]+,-?[\d.]+\]/g) ?? [];
			for (const pair of numbers) {
				const [x, y] = JSON.parse(pair) as [number, number];
				expect(
					x >= REGION[0] && x <= REGION[2] && y >= REGION[1] && y <= REGION[3],
					`${path} ${pair}`
				).toBe(true);
			}
		}
	});
});
