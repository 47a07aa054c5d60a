import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { routeFeatures } from './route-geometry';
import {
	corridor,
	EARTH_RADIUS_KM,
	haversineKm,
	ONE_DEGREE_KM,
	pointOf
} from '../../../tests/fixtures/routes/fixtures';

/** Web Mercator x/y in radians: the plane the map draws on. */
const mercator = ([lon, lat]: Position): [number, number] => {
	const rad = Math.PI / 180;
	return [lon! * rad, Math.log(Math.tan(Math.PI / 4 + (lat! * rad) / 2))];
};
const planarLength = (line: Position[]): number =>
	line.slice(1).reduce((sum, point, i) => {
		const [x1, y1] = mercator(line[i]!);
		const [x2, y2] = mercator(point);
		return sum + Math.hypot(x2 - x1, y2 - y1);
	}, 0);

describe('routeFeatures', () => {
	it('draws road and rail legs straight between their nodes, 1° of equator = 111.19 km', () => {
		const { features } = routeFeatures(
			corridor('equator', [
				{ from: 'a', to: 'b', mode: 'road' },
				{ from: 'b', to: 'c', mode: 'rail' }
			]),
			pointOf
		);
		expect(features.map((f) => f.geometry.coordinates)).toEqual([
			[
				[0, 0],
				[1, 0]
			],
			[
				[1, 0],
				[2, 0]
			]
		]);
		expect(features.map((f) => f.properties)).toEqual([
			{ route: 'equator', leg: 0, from: 'a', to: 'b', mode: 'road', length_km: expect.any(Number) },
			{ route: 'equator', leg: 1, from: 'b', to: 'c', mode: 'rail', length_km: expect.any(Number) }
		]);
		for (const { properties } of features) {
			expect(Math.abs(properties.length_km - ONE_DEGREE_KM)).toBeLessThan(0.5);
			expect(Math.abs(properties.length_km - haversineKm([0, 0], [1, 0]))).toBeLessThan(0.5);
		}
	});

	it('bends a leg through its waypoints and measures the bend', () => {
		const [leg] = routeFeatures(
			corridor('bent', [{ from: 'a', to: 'c', mode: 'road', waypoints: [[1, 1]] }]),
			pointOf
		).features;
		expect(leg!.geometry.coordinates).toEqual([
			[0, 0],
			[1, 1],
			[2, 0]
		]);
		const byHand = haversineKm([0, 0], [1, 1]) + haversineKm([1, 1], [2, 0]);
		expect(Math.abs(leg!.properties.length_km - byHand)).toBeLessThan(0.5);
		expect(leg!.properties.length_km).toBeGreaterThan(2 * ONE_DEGREE_KM + 80);
	});

	it('draws an air leg as a great circle: longer on the Mercator map, as long as the haversine', () => {
		const start: Position = [10, 50];
		const end: Position = [60, 50];
		const [leg] = routeFeatures(
			corridor('flight', [{ from: 'start', to: 'end', mode: 'air' }]),
			(slug) => ({ start, end })[slug]
		).features;
		const line = leg!.geometry.coordinates;
		expect(line[0]).toEqual(start);
		expect(line.at(-1)).toEqual(end);
		// The great circle bows towards the pole where the Mercator line keeps to 50°: for ends on
		// one parallel its highest point is atan(tan 50° / cos(Δλ / 2)) = 52.75°, midway.
		const rad = Math.PI / 180;
		const vertex = Math.atan(Math.tan(50 * rad) / Math.cos(25 * rad)) / rad;
		expect(Math.max(...line.map(([, lat]) => lat!))).toBeCloseTo(vertex, 1);
		expect(planarLength(line)).toBeGreaterThan(planarLength([start, end]) * 1.01);
		// Haversine by hand is 3,505.5 km; following the 50th parallel instead would be 3,573.8 km.
		const alongParallel = EARTH_RADIUS_KM * Math.cos((50 * Math.PI) / 180) * ((50 * Math.PI) / 180);
		expect(alongParallel - haversineKm(start, end)).toBeGreaterThan(60);
		expect(Math.abs(leg!.properties.length_km - haversineKm(start, end))).toBeLessThan(0.5);
	});

	it('keeps 0.1 km precision and rounds coordinates to 4 decimals', () => {
		const [leg] = routeFeatures(
			corridor('fine', [{ from: 'p', to: 'q', mode: 'road' }]),
			(slug) => ({ p: [0.123456, 0.654321], q: [1.987654, 0.5] })[slug]
		).features;
		expect(leg!.geometry.coordinates).toEqual([
			[0.1235, 0.6543],
			[1.9877, 0.5]
		]);
		expect(Number.isInteger(Math.round(leg!.properties.length_km * 10 * 1e6) / 1e6)).toBe(true);
	});

	it('names the corridor, leg and slug when a leg end has no point', () => {
		expect(() =>
			routeFeatures(
				corridor('broken', [
					{ from: 'a', to: 'b', mode: 'road' },
					{ from: 'b', to: 'nowhere', mode: 'road' }
				]),
				pointOf
			)
		).toThrow('broken: route.legs[1]: nowhere has no point geometry');
	});

	it('draws nothing for a location without a route', () => {
		expect(routeFeatures({ slug: 'kabul', route: undefined }, pointOf).features).toEqual([]);
	});
});
