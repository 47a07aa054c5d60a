import { describe, expect, it } from 'vitest';
import { loadGeodata } from '$lib/server/geodata';
import { latestChange, periodsInOrder, statusOn } from './status';
import type { Scope, Status, StatusPeriod } from './types';

function period(
	from: string,
	to: string | null,
	status: Status,
	scope: Scope = 'all'
): StatusPeriod {
	return { from, to, status, scope, sources: ['fixture-source'] };
}

// Open, closed, then restricted to returnees; the restriction is split in two by a new source.
const crossing = {
	status: [
		period('2025-10-01', '2025-10-11', 'open'),
		period('2025-10-12', '2025-10-31', 'closed'),
		period('2025-11-01', '2025-11-30', 'restricted', 'returnees'),
		period('2025-12-01', null, 'restricted', 'returnees')
	]
};

describe('statusOn', () => {
	it('finds the period covering a day, both ends inclusive', () => {
		expect(statusOn(crossing, '2025-10-12')).toMatchObject({ status: 'closed', scope: 'all' });
		expect(statusOn(crossing, '2025-10-31')).toMatchObject({ status: 'closed', scope: 'all' });
		expect(statusOn(crossing, '2025-11-01')).toMatchObject({
			status: 'restricted',
			scope: 'returnees'
		});
		expect(statusOn(crossing, '2025-10-20').period).toBe(crossing.status[1]);
	});

	it('treats an ongoing period (to: null) as running on', () => {
		expect(statusOn(crossing, '2026-02-01')).toMatchObject({
			status: 'restricted',
			period: crossing.status[3]
		});
	});

	it('reports unknown, with no scope, period or since, where no period covers the day', () => {
		expect(statusOn(crossing, '2025-09-30')).toEqual({
			status: 'unknown',
			scope: null,
			period: null,
			since: null
		});
		const gappy = {
			status: [period('2025-10-01', '2025-10-05', 'open'), period('2025-10-10', null, 'closed')]
		};
		expect(statusOn(gappy, '2025-10-07').status).toBe('unknown');
		expect(statusOn({ status: [] }, '2025-10-07').status).toBe('unknown');
	});

	it('dates since from the covering period, reaching back over contiguous periods of the same status and scope', () => {
		expect(statusOn(crossing, '2025-10-20').since).toBe('2025-10-12');
		// 1 Dec starts a new period, but the returnees-only restriction began on 1 Nov.
		expect(statusOn(crossing, '2025-12-15').since).toBe('2025-11-01');
	});

	it('does not reach back over a gap or a change of scope', () => {
		const timeline = {
			status: [
				period('2025-10-01', '2025-10-05', 'closed', 'trade'),
				period('2025-10-06', '2025-10-09', 'closed', 'all'),
				period('2025-10-11', null, 'closed', 'all')
			]
		};
		expect(statusOn(timeline, '2025-10-07').since).toBe('2025-10-06');
		expect(statusOn(timeline, '2025-10-12').since).toBe('2025-10-11');
	});

	it('reads an unordered timeline the same as an ordered one', () => {
		const shuffled = {
			status: [crossing.status[2]!, crossing.status[0]!, crossing.status[3]!, crossing.status[1]!]
		};
		expect(periodsInOrder(shuffled)).toEqual(crossing.status);
		expect(statusOn(shuffled, '2025-12-15')).toEqual(statusOn(crossing, '2025-12-15'));
	});
});

describe('latestChange', () => {
	it('gives the start of the latest status on or before the date, with what it replaced', () => {
		expect(latestChange(crossing, '2025-10-20')).toEqual({
			date: '2025-10-12',
			period: crossing.status[1],
			previous: crossing.status[0]
		});
	});

	it('skips a period that only continues the same status under a new source', () => {
		expect(latestChange(crossing, '2026-01-10')).toEqual({
			date: '2025-11-01',
			period: crossing.status[2],
			previous: crossing.status[1]
		});
	});

	it('uses the whole timeline when no date is given', () => {
		expect(latestChange(crossing)?.date).toBe('2025-11-01');
	});

	it('counts a start after an unreported gap as a change from nothing reported', () => {
		const gappy = {
			status: [period('2025-10-01', '2025-10-05', 'open'), period('2025-10-10', null, 'open')]
		};
		expect(latestChange(gappy, '2025-10-20')).toEqual({
			date: '2025-10-10',
			period: gappy.status[1],
			previous: null
		});
	});

	it('is null before the first period starts', () => {
		expect(latestChange(crossing, '2025-09-30')).toBeNull();
		expect(latestChange({ status: [] })).toBeNull();
	});
});

describe('on the real data (facts from the research dossier)', () => {
	const torkham = loadGeodata().bySlug['torkham']!;

	it('has Torkham closed to all traffic after the 11–12 Oct 2025 clashes', () => {
		expect(statusOn(torkham, '2025-10-20')).toMatchObject({
			status: 'closed',
			scope: 'all',
			since: '2025-10-12'
		});
	});

	it('has Torkham open to returning Afghans only from 1 Nov 2025', () => {
		expect(statusOn(torkham, '2025-11-15')).toMatchObject({
			status: 'restricted',
			scope: 'returnees',
			since: '2025-11-01'
		});
		expect(latestChange(torkham, '2025-12-15')).toMatchObject({
			date: '2025-11-01',
			previous: { status: 'closed' }
		});
	});

	it('has Torkham open between the March 2025 reopening and the October closure', () => {
		expect(statusOn(torkham, '2025-04-01')).toMatchObject({ status: 'open', scope: 'all' });
	});
});
