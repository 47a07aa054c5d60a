import { describe, expect, it } from 'vitest';
import type { Status } from '$lib/data/vocabulary';
import type { Location, StatusPeriod } from '$lib/data/types';
import { checkLocations, type CheckContext } from './checks';
import { formatProblem } from './problems';

const context: CheckContext = {
	sourcesFile: 'geodata/sources.json',
	sourceIds: new Set(['s']),
	locationsDir: 'geodata/locations',
	brokenSlugs: new Set(),
	geometryFile: (value) => ({ path: `geodata/${value}`, exists: true })
};

function period(from: string, to: string | null, status: Status = 'closed'): StatusPeriod {
	return { from, to, status, scope: 'all', sources: ['s'] };
}

function timelineProblems(status: StatusPeriod[]): string[] {
	const location: Location = {
		slug: 'torkham',
		kind: 'crossing',
		names: { en: 'Torkham' },
		country: 'PAK',
		geometry: { type: 'Point', coordinates: [71.0986, 34.1136] },
		summary: 'In-memory fixture.',
		last_reviewed: '2099-12-31',
		status,
		figures: [],
		events: []
	};
	const file = 'geodata/locations/torkham.json';
	return checkLocations([{ file, location }], context).map((problem) =>
		formatProblem(problem).slice(file.length + 2)
	);
}

describe('timeline overlap check', () => {
	it('accepts periods that meet without sharing a day', () => {
		expect(
			timelineProblems([period('2025-10-01', '2025-10-11'), period('2025-10-12', null)])
		).toEqual([]);
	});

	it('treats to as inclusive: sharing the last day is an overlap', () => {
		expect(
			timelineProblems([period('2025-10-01', '2025-10-12'), period('2025-10-12', null)])
		).toEqual([
			'torkham status[1] (from 2025-10-12): from: overlaps status[0] (from 2025-10-01 to 2025-10-12); periods must not overlap: end status[0] by 2025-10-11 or start this one on 2025-10-13'
		]);
	});

	it('reports a period after an ongoing one', () => {
		expect(
			timelineProblems([period('2025-10-01', null), period('2025-11-01', '2025-11-05')])
		).toEqual([
			'torkham status[1] (from 2025-11-01): from: overlaps status[0] (from 2025-10-01, ongoing); periods must not overlap: give status[0] a to date before 2025-11-01'
		]);
	});

	it('finds every period inside a long one, not only its neighbour', () => {
		const problems = timelineProblems([
			period('2025-01-01', '2025-12-31'),
			period('2025-03-01', '2025-03-05'),
			period('2025-06-01', '2025-06-05')
		]);
		expect(problems.map((line) => line.split(': ')[0])).toEqual([
			'torkham status[1] (from 2025-03-01)',
			'torkham status[2] (from 2025-06-01)'
		]);
		expect(problems.every((line) => line.includes('overlaps status[0]'))).toBe(true);
	});
});
