import { describe, expect, it } from 'vitest';
import { routeStatusOn, tradeThrough } from './route-status';
import type { Location, Status } from './types';

const period = (
	from: string,
	to: string | null,
	status: Status,
	scope: Location['status'][number]['scope'] = 'all'
) => ({
	from,
	to,
	status,
	scope,
	sources: ['s']
});

const crossing = {
	slug: 'gate',
	status: [
		period('2025-01-01', '2025-10-11', 'open'),
		period('2025-10-12', '2025-10-31', 'closed'),
		period('2025-11-01', null, 'restricted', 'returnees')
	]
};
const route = {
	slug: 'road',
	status: [period('2025-01-01', null, 'operating')],
	route: { legs: [{ from: 'a', to: 'gate', mode: 'road' as const }], crossings: ['gate'] }
};
const lookup = (slug: string) => (slug === 'gate' ? crossing : undefined);

describe('routeStatusOn', () => {
	it('follows its own timeline while its crossings are open', () => {
		expect(routeStatusOn(route, lookup, '2025-10-01')).toEqual({
			status: 'operating',
			decidedBy: null
		});
	});

	it('is blocked while a crossing it passes is closed', () => {
		expect(routeStatusOn(route, lookup, '2025-10-20')).toEqual({
			status: 'blocked',
			decidedBy: 'gate'
		});
	});

	it('is blocked while the crossing lets only returnees through: goods do not pass', () => {
		expect(routeStatusOn(route, lookup, '2025-12-01').status).toBe('blocked');
	});

	it('stays unknown when neither it nor its crossings report anything', () => {
		const silent = { ...route, status: [] };
		expect(routeStatusOn(silent, lookup, '2024-06-01')).toEqual({
			status: 'unknown',
			decidedBy: null
		});
	});

	it('never lets an open crossing vouch for a route reported blocked', () => {
		const blocked = { ...route, status: [period('2025-01-01', null, 'blocked')] };
		expect(routeStatusOn(blocked, lookup, '2025-10-01').status).toBe('blocked');
	});
});

describe('tradeThrough', () => {
	it.each([
		['closed', 'all', 'blocked'],
		['closed', 'trade', 'blocked'],
		['closed', 'people', 'unknown'],
		['restricted', 'returnees', 'blocked'],
		['restricted', 'people', 'blocked'],
		['restricted', 'all', 'disrupted'],
		['open', 'all', 'operating'],
		['unknown', null, 'unknown']
	] as const)('%s to %s lets trade through as %s', (status, scope, expected) => {
		expect(tradeThrough(status, scope)).toBe(expected);
	});
});
