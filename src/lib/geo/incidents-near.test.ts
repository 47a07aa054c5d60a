import { describe, expect, it } from 'vitest';
import { destination } from '@turf/turf';
import type { Feature, Point, Position } from 'geojson';
import { incidentsNear, NEARBY_RADIUS_KM } from './incidents-near';

type Fixture = Feature<Point, { id: string; date: string }>;
const at = (id: string, date: string, coordinates: Position): Fixture => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates },
	properties: { id, date }
});
/** A point `km` from `from` on `bearing` (degrees from north), on turf's sphere. */
const away = (from: Position, km: number, bearing: number) =>
	destination(from, km, bearing, { units: 'kilometers' }).geometry.coordinates;

const KABUL: Position = [69.1783, 34.5253];

describe('incidentsNear', () => {
	it('keeps what lies within the radius, the edge included, in every direction', () => {
		for (const bearing of [0, 90, 180, 270, 45]) {
			const ids = incidentsNear(
				[
					at('inside', '2026-01-01', away(KABUL, NEARBY_RADIUS_KM - 0.1, bearing)),
					at('edge', '2026-01-01', away(KABUL, NEARBY_RADIUS_KM - 1e-6, bearing)),
					at('outside', '2026-01-01', away(KABUL, NEARBY_RADIUS_KM + 0.1, bearing))
				],
				KABUL
			).map(({ feature }) => feature.properties.id);
			expect(ids.sort(), `bearing ${bearing}`).toEqual(['edge', 'inside']);
		}
	});

	it('measures the distance on the sphere, not in degrees', () => {
		// Near the pole a degree of longitude is a few kilometres: the latitude test must not
		// stand in for the distance.
		const north: Position = [0, 89.9];
		const [near] = incidentsNear([at('across', '2026-01-01', [90, 89.9])], north, 50);
		expect(near!.km).toBeCloseTo(15.7, 1);
	});

	it('lists the newest first; on one day the nearest first, then by id', () => {
		const ids = incidentsNear(
			[
				at('old', '2025-10-09', KABUL),
				at('b-far', '2026-03-16', away(KABUL, 20, 0)),
				at('a-near', '2026-03-16', away(KABUL, 5, 0)),
				at('z-same-spot', '2026-03-16', away(KABUL, 5, 0))
			],
			KABUL
		).map(({ feature }) => feature.properties.id);
		expect(ids).toEqual(['a-near', 'z-same-spot', 'b-far', 'old']);
	});

	it('takes another radius where asked', () => {
		const features = [at('ten', '2026-01-01', away(KABUL, 10, 90))];
		expect(incidentsNear(features, KABUL, 5)).toEqual([]);
		expect(incidentsNear(features, KABUL, 15)[0]!.km).toBeCloseTo(10, 6);
	});
});
