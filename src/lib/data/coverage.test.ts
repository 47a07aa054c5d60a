import { describe, expect, it } from 'vitest';
import type { Status } from './vocabulary';
import { loadGeodata } from '$lib/server/geodata';
import { COVERAGE_START, coverageGaps, historyWithGaps } from './coverage';
import type { StatusPeriod } from './types';

const period = (from: string, to: string | null, status: Status = 'closed'): StatusPeriod => ({
	from,
	to,
	status,
	scope: 'all',
	sources: ['s']
});

describe('coverageGaps', () => {
	it('is the whole span for a place without a status', () => {
		expect(coverageGaps({ status: [], last_reviewed: '2026-04-30' })).toEqual([
			{ from: COVERAGE_START, to: '2026-04-30' }
		]);
	});

	it('finds the silent stretches before, between and after periods, up to the review', () => {
		const place = {
			status: [period('2023-03-01', '2023-03-10'), period('2023-03-15', '2023-04-01')],
			last_reviewed: '2023-05-01'
		};
		expect(coverageGaps(place)).toEqual([
			{ from: '2023-01-01', to: '2023-02-28' },
			{ from: '2023-03-11', to: '2023-03-14' },
			{ from: '2023-04-02', to: '2023-05-01' }
		]);
	});

	it('has no gap where periods meet, and none after an ongoing period', () => {
		const place = {
			status: [period('2022-06-01', '2023-03-10', 'open'), period('2023-03-11', null)],
			last_reviewed: '2026-01-01'
		};
		expect(coverageGaps(place)).toEqual([]);
	});

	it('ignores what lies outside the span, and periods listed out of order', () => {
		const place = {
			status: [period('2024-02-01', '2024-12-31'), period('2021-01-01', '2023-12-31')],
			last_reviewed: '2024-06-30'
		};
		expect(coverageGaps(place)).toEqual([{ from: '2024-01-01', to: '2024-01-31' }]);
	});
});

describe('historyWithGaps', () => {
	it('interleaves periods and gaps in date order', () => {
		const a = period('2023-02-01', '2023-02-10');
		const b = period('2023-03-01', null);
		const entries = historyWithGaps({ status: [b, a], last_reviewed: '2023-06-01' });
		expect(entries).toEqual([
			{ kind: 'gap', gap: { from: '2023-01-01', to: '2023-01-31' } },
			{ kind: 'period', period: a },
			{ kind: 'gap', gap: { from: '2023-02-11', to: '2023-02-28' } },
			{ kind: 'period', period: b }
		]);
	});
});

describe('on the real data', () => {
	it('reports the gaps of every place as days within the coverage span, none covered by a period', () => {
		for (const location of loadGeodata().locations) {
			for (const gap of coverageGaps(location)) {
				expect(gap.from >= COVERAGE_START && gap.to <= location.last_reviewed, location.slug).toBe(
					true
				);
				const covered = location.status.some(
					(p) => p.from <= gap.to && (p.to === null || p.to >= gap.from)
				);
				expect(covered, `${location.slug} ${gap.from}`).toBe(false);
			}
		}
	});
});
