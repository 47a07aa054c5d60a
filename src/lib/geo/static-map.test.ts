import { describe, expect, it } from 'vitest';
import {
	bboxAround,
	cameraBbox,
	INCIDENT_MARK_RADIUS,
	incidentMarks,
	MAX_POINTS,
	staticMap
} from './static-map';

describe('cameraBbox', () => {
	it('matches Web Mercator: at zoom 0 a 512 px view spans the whole world', () => {
		const [west, south, east, north] = cameraBbox({ zoom: 0, lat: 0, lon: 0 }, 512, 512);
		expect(west).toBeCloseTo(-180, 6);
		expect(east).toBeCloseTo(180, 6);
		// The Mercator limit: atan(sinh(π)) = 85.0511°.
		expect(north).toBeCloseTo(85.0511, 3);
		expect(south).toBeCloseTo(-85.0511, 3);
	});

	it('halves the span with each zoom level and centres on the camera', () => {
		const wide = cameraBbox({ zoom: 5, lat: 30, lon: 66 }, 800, 600);
		const close = cameraBbox({ zoom: 6, lat: 30, lon: 66 }, 800, 600);
		expect((wide[2] - wide[0]) / (close[2] - close[0])).toBeCloseTo(2, 6);
		expect((close[0] + close[2]) / 2).toBeCloseTo(66, 6);
	});
});

describe('staticMap', () => {
	it('projects points into the frame and leaves out those outside it', () => {
		const shape = staticMap(
			{
				countries: { type: 'FeatureCollection', features: [] },
				border: { type: 'FeatureCollection', features: [] },
				routes: [],
				points: [
					{
						type: 'Feature',
						geometry: { type: 'Point', coordinates: [66, 30] },
						properties: { slug: 'in', label: 'In', severity: 'ok', kind: 'city' }
					},
					{
						type: 'Feature',
						geometry: { type: 'Point', coordinates: [90, 30] },
						properties: { slug: 'out', label: 'Out', severity: 'ok', kind: 'city' }
					}
				]
			},
			bboxAround([66, 30], 100, 1.5),
			600,
			400
		);
		expect(shape.points.map((point) => point.slug)).toEqual(['in']);
		expect(shape.points[0]!.x).toBeCloseTo(300, 0);
		// Mercator stretches latitudes, so the frame's middle latitude sits a pixel off centre.
		expect(Math.abs(shape.points[0]!.y - 200)).toBeLessThan(2);
	});

	it('draws at most MAX_POINTS places, keeping the focus and crossings, in drawing order', () => {
		const point = (slug: string, kind: string, lon: number) => ({
			type: 'Feature' as const,
			geometry: { type: 'Point' as const, coordinates: [lon, 30] },
			properties: { slug, label: slug, severity: 'ok', kind }
		});
		const cities = Array.from({ length: MAX_POINTS * 2 }, (_, n) =>
			point(`city-${String(n).padStart(3, '0')}`, 'city', 65.5 + n / 200)
		);
		const shape = staticMap(
			{
				countries: { type: 'FeatureCollection', features: [] },
				border: { type: 'FeatureCollection', features: [] },
				routes: [],
				points: [...cities, point('gate', 'crossing', 66), point('focus', 'city', 66.1)],
				focus: 'focus'
			},
			bboxAround([66, 30], 100, 1.5),
			600,
			400
		);
		const slugs = shape.points.map((drawn) => drawn.slug);
		expect(slugs).toHaveLength(MAX_POINTS);
		expect(slugs).toContain('focus');
		expect(slugs).toContain('gate');
		expect(slugs.slice(0, MAX_POINTS - 2)).toEqual(
			cities.slice(0, MAX_POINTS - 2).map((c) => c.properties.slug)
		);
		// The order they were given in is kept: it is the order they are drawn in.
		expect(slugs.slice(-2)).toEqual(['gate', 'focus']);
	});
});

describe('incidentMarks', () => {
	it('gathers incidents a marker apart into one mark with each type once, centred on the spot', () => {
		const marks = incidentMarks([
			{ id: 'a', type: 'clash', x: 100, y: 100 },
			{ id: 'b', type: 'airstrike', x: 101, y: 100 },
			{ id: 'c', type: 'clash', x: 100, y: 99 },
			{ id: 'far', type: 'shelling', x: 100 + 2 * INCIDENT_MARK_RADIUS, y: 100 }
		]);
		expect(marks.map((mark) => mark.ids)).toEqual([['a', 'b', 'c'], ['far']]);
		// Types in INCIDENT_TYPES order, side by side, balanced about the spot.
		expect(marks[0]!.types.map((entry) => entry.type)).toEqual(['airstrike', 'clash']);
		expect(marks[0]!.types[0]!.dx).toBe(-marks[0]!.types[1]!.dx);
		expect(marks[0]!.types[1]!.dx).toBeGreaterThanOrEqual(INCIDENT_MARK_RADIUS);
		expect(marks[1]!.types).toEqual([{ type: 'shelling', dx: 0 }]);
		expect(marks.map((mark) => mark.dy)).toEqual([0, 0]);
	});

	it('lifts a mark that stands on a place above it, and leaves the others where they are', () => {
		const marks = incidentMarks(
			[
				{ id: 'on-town', type: 'airstrike', x: 100, y: 100 },
				{ id: 'open-country', type: 'airstrike', x: 200, y: 100 }
			],
			[{ x: 100, y: 101 }]
		);
		expect(marks[0]!.dy).toBeLessThanOrEqual(-2 * INCIDENT_MARK_RADIUS);
		expect(marks[1]!.dy).toBe(0);
	});

	it('staticMap projects incidents and the ring, and leaves out incidents outside the frame', () => {
		const incident = (id: string, lon: number) => ({
			type: 'Feature' as const,
			geometry: { type: 'Point' as const, coordinates: [lon, 30] },
			properties: { id, type: 'airstrike' as const }
		});
		const shape = staticMap(
			{
				countries: { type: 'FeatureCollection', features: [] },
				border: { type: 'FeatureCollection', features: [] },
				routes: [],
				points: [],
				incidents: [incident('in', 66), incident('out', 70)],
				ring: {
					type: 'Feature',
					properties: {},
					geometry: {
						type: 'LineString',
						coordinates: [
							[65.9, 30],
							[66.1, 30]
						]
					}
				}
			},
			bboxAround([66, 30], 100, 1.5),
			600,
			400
		);
		expect(shape.incidents.map((mark) => mark.ids)).toEqual([['in']]);
		expect(shape.incidents[0]!.x).toBeCloseTo(300, 0);
		expect(shape.ring).toMatch(/^M[\d.]+,[\d.]+L/);
	});
});
