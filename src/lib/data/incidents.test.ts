import { describe, expect, it } from 'vitest';
import {
	compareIncidents,
	countRange,
	incidentPoint,
	incidentsInWindow,
	incidentsPerWeek,
	mostReportedDeaths,
	weekStart
} from './incidents';
import type { Incident } from './types';

const at = (id: string, date: string, killed?: number | { min: number; max: number }[]) =>
	({
		id,
		date,
		casualties: (Array.isArray(killed) ? killed : killed === undefined ? [] : [killed]).map(
			(count, index) => ({ source: `s${index}`, killed: count })
		)
	}) as unknown as Incident;

describe('incidents', () => {
	it('sorts by date, then id', () => {
		const sorted = [at('b', '2026-03-01'), at('a', '2026-03-01'), at('c', '2025-10-12')].sort(
			compareIncidents
		);
		expect(sorted.map((incident) => incident.id)).toEqual(['c', 'a', 'b']);
	});

	it('sizes an incident by the most deaths one source reports, never a sum of sources', () => {
		const reports = [
			{ min: 140, max: 143 },
			{ min: 400, max: 400 },
			{ min: 408, max: 408 }
		];
		expect(mostReportedDeaths(at('x', '2026-03-16', reports))).toBe(408);
		expect(mostReportedDeaths(at('y', '2026-03-16'))).toBeNull();
		expect(countRange(4)).toEqual({ min: 4, max: 4 });
		expect(countRange(undefined)).toBeNull();
	});

	it('takes a place’s point or its own', () => {
		const pointOf = (slug: string) => (slug === 'kabul' ? ([69.18, 34.53] as const) : null);
		expect(
			incidentPoint({ location: { place: 'kabul', precision: 'town' } } as Incident, pointOf)
		).toEqual([69.18, 34.53]);
		expect(
			incidentPoint(
				{ location: { coordinates: [70.1, 33.9], precision: 'district' } } as Incident,
				pointOf
			)
		).toEqual([70.1, 33.9]);
		expect(
			incidentPoint({ location: { place: 'nowhere', precision: 'town' } } as Incident, pointOf)
		).toBeNull();
	});

	it('finds the window’s incidents, with their age, at its edges exactly', () => {
		const sorted = ['2026-02-13', '2026-02-14', '2026-02-20', '2026-02-27', '2026-02-28']
			.map((date, index) => at(String(index), date))
			.sort(compareIncidents);
		const window = incidentsInWindow(sorted, (incident) => incident.date, '2026-02-27', 14);
		expect(window.map(({ item, age }) => [item.date, age])).toEqual([
			['2026-02-14', 13],
			['2026-02-20', 7],
			['2026-02-27', 0]
		]);
		expect(incidentsInWindow(sorted, (i) => i.date, '2026-02-28', 1)).toHaveLength(1);
		expect(incidentsInWindow(sorted, (i) => i.date, '2025-01-01', 14)).toEqual([]);
	});

	it('counts incidents and deaths per ISO week, keeping the empty weeks', () => {
		expect(weekStart('2026-03-01')).toBe('2026-02-23'); // a Sunday
		expect(weekStart('2026-02-23')).toBe('2026-02-23'); // a Monday
		const weeks = incidentsPerWeek(
			[
				at('a', '2026-02-27', 10),
				at('b', '2026-02-28', [
					{ min: 1, max: 2 },
					{ min: 5, max: 5 }
				]),
				at('c', '2026-03-10')
			],
			'2026-02-20',
			'2026-03-10'
		);
		expect(weeks).toEqual([
			{ week: '2026-02-16', incidents: 0, deaths: 0 },
			{ week: '2026-02-23', incidents: 2, deaths: 15 },
			{ week: '2026-03-02', incidents: 0, deaths: 0 },
			{ week: '2026-03-09', incidents: 1, deaths: 0 }
		]);
	});
});
