import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadGeodata } from '$lib/server/geodata';
import { REGION as APP_REGION } from '$lib/geo/region';
import { REGION, synthesize } from './synthesize.js';

const work = mkdtempSync(join(tmpdir(), 'synthesize-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('synthesize', () => {
	const real = loadGeodata('geodata');
	const result = synthesize(3, join(work, '3x'));
	// The loader validates through the schema and cross-checks; it throws on any problem.
	const synthetic = loadGeodata(result.out);

	test('writes N× the locations, periods and events, and the loader accepts them', () => {
		expect(synthetic.locations).toHaveLength(real.locations.length * 3);
		expect(result.locations).toBe(real.locations.length * 3);
		const periods = (data: typeof real) =>
			data.locations.reduce((sum, location) => sum + location.status.length, 0);
		const events = (data: typeof real) =>
			data.locations.reduce((sum, location) => sum + location.events.length, 0);
		expect(periods(synthetic)).toBe(periods(real) * 3);
		expect(events(synthetic)).toBe(events(real) * 3);
		expect(Object.keys(synthetic.sources)).toEqual(Object.keys(real.sources));
	});

	test('copies take new slugs and keep every point inside the map region', () => {
		expect(synthetic.bySlug['torkham-s2']?.kind).toBe('crossing');
		expect(synthetic.bySlug['torkham-s3']?.names.en).toBe('Torkham (synthetic 3)');
		const [west, south, east, north] = APP_REGION;
		for (const location of synthetic.locations) {
			if (!location.geometry) continue;
			const [lon, lat] = location.geometry.coordinates;
			expect(lon).toBeGreaterThanOrEqual(west);
			expect(lon).toBeLessThanOrEqual(east);
			expect(lat).toBeGreaterThanOrEqual(south);
			expect(lat).toBeLessThanOrEqual(north);
		}
		expect(synthetic.bySlug['torkham-s2']?.geometry?.coordinates).not.toEqual(
			real.bySlug.torkham?.geometry?.coordinates
		);
	});

	test('a corridor copy runs through the copies of its own nodes', () => {
		const route = synthetic.bySlug['chabahar-corridor-s2']?.route;
		expect(route).toBeDefined();
		for (const leg of route!.legs) {
			expect(leg.from).toMatch(/-s2$/);
			expect(leg.to).toMatch(/-s2$/);
		}
		expect(route!.crossings.every((slug) => slug.endsWith('-s2'))).toBe(true);
	});

	test('writes N× the incidents, each copy in its month, over the real span, at its place’s copy', () => {
		expect(synthetic.incidents).toHaveLength(real.incidents.length * 3);
		expect(result.incidents).toBe(real.incidents.length * 3);
		const first = real.incidents[0]!.date;
		const last = real.incidents.at(-1)!.date;
		const copies = synthetic.incidents.filter((incident) => /-s\d+$/.test(incident.id));
		expect(copies).toHaveLength(real.incidents.length * 2);
		for (const incident of copies) {
			expect(incident.date >= first && (incident.until ?? incident.date) <= last).toBe(true);
			const [, id, copy] = /^(.*)-s(\d+)$/.exec(incident.id)!;
			const original = real.incidents.find((o) => o.id === id)!;
			if (original.location.place)
				expect(incident.location.place).toBe(`${original.location.place}-s${copy}`);
			else expect(incident.location.coordinates).not.toEqual(original.location.coordinates);
		}
		// Spread over the span, not piled on the originals' days.
		const dates = new Set(copies.map((incident) => incident.date));
		expect(dates.size).toBeGreaterThan(new Set(real.incidents.map((i) => i.date)).size);
		const files = readdirSync(join(result.out, 'incidents'));
		expect(files.length).toBeGreaterThan(readdirSync('geodata/incidents').length);
	});

	test('with incidentsOnly, copies the incidents alone, at the real places', () => {
		const only = synthesize(3, join(work, '3x-incidents'), { incidentsOnly: true });
		const data = loadGeodata(only.out);
		expect(data.locations).toEqual(real.locations);
		expect(data.incidents).toHaveLength(real.incidents.length * 3);
		const places = new Set(real.locations.map((location) => location.slug));
		for (const incident of data.incidents)
			if (incident.location.place) expect(places.has(incident.location.place)).toBe(true);
	});

	test('is deterministic and leaves geodata/ alone', () => {
		const again = synthesize(3, join(work, '3x-again'));
		expect(loadGeodata(again.out).locations).toEqual(synthetic.locations);
		expect(loadGeodata(again.out).incidents).toEqual(synthetic.incidents);
		expect(readdirSync('geodata/locations').some((name) => /-s\d+\.json$/.test(name))).toBe(false);
		expect(() => synthesize(2, 'geodata')).toThrow(/must not be written into geodata/);
	});

	test('keeps its region in step with the app’s', () => {
		expect(REGION).toEqual(APP_REGION);
	});
});
