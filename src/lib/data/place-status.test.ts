import { describe, expect, it } from 'vitest';
import type { Status } from './vocabulary';
import { loadGeodata } from '$lib/server/geodata';
import { toMapLocation } from '$lib/server/map-page-data';
import { mapViewModel } from '$lib/view/map-view-model';
import { LAYERS } from '$lib/layers/registry';
import { SEVERITY_OF } from './vocabulary';
import { addDays } from './dates';
import { lookupIn, placeStatusOn, type StatusPlace } from './place-status';
import type { StatusPeriod } from './types';

const period = (
	from: string,
	to: string | null,
	status: Status,
	scope: StatusPeriod['scope'] = 'all'
): StatusPeriod => ({ from, to, status, scope, sources: ['s'] });

const crossing: StatusPlace = {
	slug: 'gate',
	status: [period('2025-01-01', '2025-01-09', 'open'), period('2025-01-10', null, 'closed')]
};
const road: StatusPlace = {
	slug: 'road',
	route: { legs: [{ from: 'a', to: 'b', mode: 'road' }], crossings: ['gate'] },
	status: [period('2025-01-05', null, 'operating', 'trade')]
};
const places = lookupIn([crossing, road]);

describe('placeStatusOn', () => {
	it('reads a place’s own timeline', () => {
		expect(placeStatusOn(crossing, '2025-01-12', places)).toMatchObject({
			status: 'closed',
			scope: 'all',
			since: '2025-01-10',
			decidedBy: null
		});
	});

	it('blocks a route while a crossing it passes is closed, since that crossing closed', () => {
		expect(placeStatusOn(road, '2025-01-07', places)).toMatchObject({
			status: 'operating',
			decidedBy: null,
			since: '2025-01-05'
		});
		expect(placeStatusOn(road, '2025-01-12', places)).toMatchObject({
			status: 'blocked',
			scope: 'trade',
			since: '2025-01-10',
			decidedBy: 'gate'
		});
	});

	it('blocks a route even on a day its own timeline says nothing', () => {
		const early: StatusPlace = {
			...road,
			status: [period('2025-02-01', null, 'operating', 'trade')]
		};
		expect(placeStatusOn(early, '2025-01-20', lookupIn([crossing, early])).status).toBe('blocked');
		expect(placeStatusOn(early, '2025-01-03', lookupIn([crossing, early])).status).toBe('unknown');
	});
});

describe('on the real data: the map and the list give every place the same status', () => {
	const data = loadGeodata();
	const locations = data.locations.map(toMapLocation);
	const lookup = lookupIn(locations);
	const dates: string[] = [];
	for (let date = '2023-01-01'; date <= data.asOf!; date = addDays(date, 17)) dates.push(date);

	it.each(dates)('on %s', (date) => {
		const model = mapViewModel(locations, date);
		for (const layer of LAYERS) {
			if (layer.source.type === 'points') {
				for (const feature of model.points[layer.id]!.features) {
					const place = lookup(feature.properties.slug)!;
					expect(feature.properties.status, place.slug).toBe(
						placeStatusOn(place, date, lookup).status
					);
				}
			}
			if (layer.source.type === 'route') {
				const route = lookup(layer.source.corridor)!;
				const { status } = placeStatusOn(route, date, lookup);
				expect(model.routeSeverity[layer.id], route.slug).toBe(SEVERITY_OF[status]);
			}
		}
	});

	it('no longer lists Karachi–Torkham as unreported while the map draws it blocked (5 Jan 2023)', () => {
		const route = lookup('karachi-torkham')!;
		expect(placeStatusOn(route, '2023-01-05', lookup)).toMatchObject({
			status: 'blocked',
			decidedBy: 'torkham'
		});
	});
});
