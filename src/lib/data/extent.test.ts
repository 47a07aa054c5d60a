import { describe, expect, it } from 'vitest';
import type { Status } from './vocabulary';
import { loadGeodata } from '$lib/server/geodata';
import { dataAsOf, dateRange, latestFact } from './extent';
import type { Figure, LocationEvent, Scope, StatusPeriod } from './types';

function period(
	from: string,
	to: string | null,
	status: Status = 'closed',
	scope: Scope = 'all'
): StatusPeriod {
	return { from, to, status, scope, sources: ['s'] };
}
const event = (date: string, until?: string): LocationEvent => ({
	date,
	kind: 'other',
	...(until ? { until } : {}),
	title: 't',
	summary: 's',
	sources: ['s']
});
const figure = (as_of: string, until?: string): Figure => ({
	metric: 'm',
	label: 'l',
	value: 1,
	unit: 'u',
	as_of,
	...(until ? { until } : {}),
	source: 's'
});
const place = (status: StatusPeriod[], events: LocationEvent[] = [], figures: Figure[] = []) => ({
	status,
	events,
	figures
});

describe('latestFact', () => {
	it('takes the latest of period, event and figure dates', () => {
		expect(latestFact(place([period('2025-10-12', '2025-10-31')]))).toBe('2025-10-31');
		expect(latestFact(place([period('2025-10-12', null)], [event('2025-11-02')]))).toBe(
			'2025-11-02'
		);
		expect(latestFact(place([], [event('2025-11-02', '2025-11-07')]))).toBe('2025-11-07');
		expect(latestFact(place([], [], [figure('2025-12-01', '2025-12-31')]))).toBe('2025-12-31');
	});

	it('is null for a place without dated facts', () => {
		expect(latestFact(place([]))).toBeNull();
	});
});

describe('dataAsOf', () => {
	it('is the newest review, not the newest fact', () => {
		expect(dataAsOf([{ last_reviewed: '2026-03-01' }, { last_reviewed: '2026-04-30' }])).toBe(
			'2026-04-30'
		);
	});

	it('is null without locations', () => {
		expect(dataAsOf([])).toBeNull();
	});
});

describe('dateRange', () => {
	const locations = [
		{ status: [period('2025-10-12', '2025-10-31'), period('2025-11-01', null)] },
		{ status: [period('2023-02-19', '2023-02-25')] },
		{ status: [] }
	];

	it('runs from the earliest status start to the latest status date', () => {
		expect(dateRange(locations)).toEqual({ start: '2023-02-19', end: '2025-11-01' });
	});

	it('extends to asOf so ongoing periods reach it, but never shrinks', () => {
		expect(dateRange(locations, '2026-02-10')).toEqual({ start: '2023-02-19', end: '2026-02-10' });
		expect(dateRange(locations, '2024-01-01')?.end).toBe('2025-11-01');
	});

	it('is null without any status period', () => {
		expect(dateRange([{ status: [] }])).toBeNull();
	});
});

describe('on the real data (facts from the research dossier)', () => {
	const { locations, asOf } = loadGeodata();

	it('is as of the newest review, on or after every fact it records', () => {
		expect(dataAsOf(locations)).toBe(asOf);
		for (const location of locations)
			expect((latestFact(location) ?? '') <= asOf!, location.slug).toBe(true);
	});

	it('reaches back at least to the Feb 2023 Torkham closure, and up to the as-of date', () => {
		const range = dateRange(locations, asOf);
		expect(range!.start <= '2023-02-19').toBe(true);
		expect(range!.end).toBe(asOf);
	});
});
