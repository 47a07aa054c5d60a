import { describe, expect, it } from 'vitest';
import { INCIDENT_ICON_RADIUS, INCIDENT_LOOK, INCIDENT_SIZE } from '$lib/data/encoding';
import { incidentRadius } from '$lib/data/incident-scale';
import { incidentCollection, type IncidentFeature } from './incident-features';
import { incidentMarkers } from './incident-markers';
import type { Incident } from '$lib/data/types';

const incident = (id: string, date: string, killed?: number): Incident => ({
	id,
	date,
	type: 'airstrike',
	place: 'Kabul',
	location: { place: 'kabul', precision: 'town' },
	parties: { by: 'Pakistan' },
	casualties: killed === undefined ? [] : [{ source: 'dawn-1', killed }],
	description: 'A strike.',
	sources: ['dawn-1']
});

const sources = {
	'dawn-1': {
		id: 'dawn-1',
		title: 'Strike',
		publisher: 'Dawn',
		url: 'https://dawn.com/1',
		published: null
	}
};
const kabul = { coordinates: [69.18, 34.53] as const, sources: ['wiki-kabul'] };

describe('incident features', () => {
	it('carry the record, the sources in full, the place’s point and its sources, and a radius', () => {
		const [feature] = incidentCollection(
			[incident('a', '2026-03-16', 400)],
			() => kabul,
			sources
		).features;
		expect(feature!.geometry.coordinates).toEqual([69.18, 34.53]);
		expect(feature!.properties).toMatchObject({
			id: 'a',
			deaths: 400,
			radius: INCIDENT_SIZE.radius[1],
			location_place: 'kabul',
			location_sources: ['wiki-kabul'],
			sources: [sources['dawn-1']]
		});
	});

	it('leave out an incident whose place has no point', () => {
		expect(incidentCollection([incident('a', '2026-03-16')], () => null, sources).features).toEqual(
			[]
		);
	});

	it('size by area: four times the deaths, twice the radius above the smallest', () => {
		const [min, max] = INCIDENT_SIZE.radius;
		expect(incidentRadius(null)).toBe(min);
		expect(incidentRadius(0)).toBe(min);
		expect(incidentRadius(10_000)).toBe(max);
		const grow = (deaths: number) => incidentRadius(deaths) - min;
		expect(grow(40) / grow(10)).toBeCloseTo(2, 1);
	});
});

describe('incident markers', () => {
	const features = incidentCollection(
		[
			incident('old', '2026-02-14', 1),
			incident('mid', '2026-02-20'),
			incident('new', '2026-02-27', 400)
		],
		() => kabul,
		sources
	).features as IncidentFeature[];

	it('fade with age, from opaque on the date to the oldest opacity at the window’s start', () => {
		const markers = incidentMarkers(features, '2026-02-27', 14).features.map((f) => f.properties);
		expect(markers.map((marker) => [marker.id, marker.fade])).toEqual([
			['old', INCIDENT_LOOK.oldestOpacity],
			['mid', 0.65], // 7 of 13 days old: 1 − 0.65 × 7/13
			['new', 1]
		]);
		expect(markers.map((marker) => marker.icon)).toEqual([
			'incident-airstrike',
			'incident-airstrike',
			'incident-airstrike'
		]);
	});

	it('scale each icon to its radius', () => {
		const [newest] = incidentMarkers(features, '2026-02-27', 1).features;
		expect(newest!.properties.scale).toBe(1);
		expect(INCIDENT_ICON_RADIUS).toBe(INCIDENT_SIZE.radius[1]);
	});
});
