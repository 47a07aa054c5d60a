/**
 * Geometry checks on the real geodata: crossings sit on the border they cross, and every point
 * lies in the country it names. Tolerances are stated, because the Natural Earth lines are
 * generalised (1:10m, simplified) and some places are drawn at a sourced town point.
 */
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { loadGeodata } from './geodata';
import { basemapGeojson, readGeojson } from './layer-data';
import { distanceToPolygonKm } from './test-geometry';

const data = loadGeodata();
const durand = readGeojson('layers/durand-line.geojson').features.find(
	(feature) => feature.geometry.type === 'LineString'
) as Feature<LineString>;
const countries = basemapGeojson('countries').features as Feature<Polygon | MultiPolygon>[];
const located = data.locations.filter((location) => location.geometry);

/** The crossings of the Afghanistan–Pakistan border that have a sourced point. */
const DURAND_CROSSINGS = ['angoor-adda', 'chaman', 'torkham'];
/** Crossing points (or their proxy town: Chaman is drawn at the town, 3.5 km off) lie this close to the line. */
const ON_LINE_KM = 4;
/** A point may fall this far outside its country's generalised 1:10m polygon (coast or river border). */
const IN_COUNTRY_KM = 4;

describe('crossings on the Durand Line', () => {
	it('every Afghanistan–Pakistan crossing with a point is one we check', () => {
		const near = located
			.filter((location) => location.kind === 'crossing')
			.filter((location) => pointToLineDistance(point(location.geometry!.coordinates), durand) < 20)
			.map((location) => location.slug);
		expect(near.sort()).toEqual(DURAND_CROSSINGS);
	});

	it.each(DURAND_CROSSINGS)(`%s lies within ${ON_LINE_KM} km of the line`, (slug) => {
		const location = data.bySlug[slug]!;
		const km = pointToLineDistance(point(location.geometry!.coordinates), durand, {
			units: 'kilometers'
		});
		expect(km).toBeLessThan(ON_LINE_KM);
	});

	it('crossings without a sourced point are not drawn, and say why', () => {
		for (const slug of ['ghulam-khan', 'kharlachi', 'badini']) {
			expect(data.bySlug[slug]!.geometry).toBeNull();
			expect(data.bySlug[slug]!.geometry_note).toMatch(/not/i);
		}
	});
});

describe('points in their countries', () => {
	it.each(located.map((location) => [location.slug, location] as const))(
		`%s lies in the country it names (within ${IN_COUNTRY_KM} km)`,
		(_slug, location) => {
			const country = countries.find((feature) => feature.properties?.iso_a3 === location.country);
			expect(country, `no basemap polygon for ${location.country}`).toBeDefined();
			const here = point(location.geometry!.coordinates);
			if (booleanPointInPolygon(here, country!)) return;
			expect(distanceToPolygonKm(here, country!)).toBeLessThan(IN_COUNTRY_KM);
		}
	);
});
