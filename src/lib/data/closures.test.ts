import { describe, expect, it } from 'vitest';
import { loadGeodata } from '$lib/server/geodata';
import { closures, closureSeverity, daysClosedPerYear } from './closures';
import type { Scope, Status, StatusPeriod } from './types';

function period(
	from: string,
	to: string | null,
	status: Status,
	scope: Scope = 'all',
	sources = ['fixture-a']
): StatusPeriod {
	return { from, to, status, scope, sources };
}

// Two closures in Feb–Mar 2025 split by a source change, an open spell, then closed 12–31 Oct
// followed directly by a returnees-only restriction that is still ongoing.
const crossing = {
	status: [
		period('2025-02-21', '2025-03-05', 'closed', 'all', ['fixture-a']),
		period('2025-03-06', '2025-03-18', 'closed', 'all', ['fixture-b']),
		period('2025-03-19', '2025-10-11', 'open'),
		period('2025-10-12', '2025-10-31', 'closed', 'all', ['fixture-c']),
		period('2025-11-01', null, 'restricted', 'returnees', ['fixture-d', 'fixture-c'])
	]
};

describe('closureSeverity', () => {
	it('maps crossing and corridor words to closed or restricted, and anything else to null', () => {
		expect(closureSeverity('closed')).toBe('closed');
		expect(closureSeverity('blocked')).toBe('closed');
		expect(closureSeverity('restricted')).toBe('restricted');
		expect(closureSeverity('disrupted')).toBe('restricted');
		for (const word of ['open', 'operating', 'unknown', 'clashes', 'tense', 'calm'] as const)
			expect(closureSeverity(word), word).toBeNull();
	});
});

describe('closures', () => {
	const episodes = closures(crossing, '2025-11-30');

	it('counts episodes: contiguous closure periods merge, an open period separates', () => {
		expect(episodes).toHaveLength(2);
		expect(episodes.map(({ from, to }) => [from, to])).toEqual([
			['2025-02-21', '2025-03-18'],
			['2025-10-12', null]
		]);
	});

	it('keeps the parts of a merged episode, each with its own status, scope, days and sources', () => {
		const [, october] = episodes;
		expect(october?.parts).toEqual([
			{
				from: '2025-10-12',
				to: '2025-10-31',
				status: 'closed',
				scope: 'all',
				severity: 'closed',
				days: 20,
				sources: ['fixture-c'],
				readings: []
			},
			{
				from: '2025-11-01',
				to: null,
				status: 'restricted',
				scope: 'returnees',
				severity: 'restricted',
				days: 30,
				sources: ['fixture-d', 'fixture-c'],
				readings: []
			}
		]);
	});

	it('labels an episode by its most severe part and sums days and sources over the parts', () => {
		const [february, october] = episodes;
		expect(february).toMatchObject({ status: 'closed', severity: 'closed', days: 26 });
		expect(february?.sources).toEqual(['fixture-a', 'fixture-b']);
		expect(october).toMatchObject({ status: 'closed', scope: 'all', severity: 'closed', days: 50 });
		expect(october?.sources).toEqual(['fixture-c', 'fixture-d']);
	});

	it('counts an ongoing closure up to asOf, and nothing past it', () => {
		expect(closures(crossing, '2025-11-01').at(-1)?.days).toBe(21);
		expect(closures(crossing, '2025-10-20').at(-1)?.days).toBe(9);
		expect(closures(crossing, '2025-10-20').at(-1)?.parts[1]?.days).toBe(0);
	});

	it('does not bridge an unreported gap between two closures', () => {
		const gappy = {
			status: [
				period('2025-10-12', '2025-10-20', 'closed'),
				period('2025-10-23', '2025-10-25', 'closed')
			]
		};
		expect(closures(gappy, '2025-12-01')).toHaveLength(2);
	});

	it('merges a restriction that comes before a closure, labelling the episode closed', () => {
		const worsening = {
			status: [
				period('2025-10-01', '2025-10-04', 'restricted', 'trade'),
				period('2025-10-05', '2025-10-06', 'closed', 'trade')
			]
		};
		const [episode] = closures(worsening, '2025-12-01');
		expect(episode).toMatchObject({
			from: '2025-10-01',
			to: '2025-10-06',
			status: 'closed',
			days: 6
		});
	});

	it('reads corridor words: blocked and disrupted are closures, operating is not', () => {
		const corridor = {
			status: [
				period('2025-10-01', '2025-10-11', 'operating'),
				period('2025-10-12', '2025-10-15', 'blocked', 'trade'),
				period('2025-10-16', '2025-10-17', 'disrupted', 'trade')
			]
		};
		expect(closures(corridor, '2025-12-01')).toMatchObject([
			{ from: '2025-10-12', to: '2025-10-17', status: 'blocked', severity: 'closed', days: 6 }
		]);
	});

	it('finds none where a place never closed, or for city words such as clashes', () => {
		expect(closures({ status: [period('2025-10-01', null, 'open')] }, '2025-12-01')).toEqual([]);
		expect(
			closures({ status: [period('2025-10-11', '2025-10-15', 'clashes')] }, '2025-12-01')
		).toEqual([]);
	});
});

describe('daysClosedPerYear', () => {
	it('splits closed and restricted days by calendar year, up to asOf', () => {
		expect(daysClosedPerYear(crossing, '2025-11-30')).toEqual({
			2025: { closed: 26 + 20, restricted: 30 }
		});
	});

	it('splits a period that crosses new year between the two years', () => {
		const longClosure = { status: [period('2025-12-20', null, 'closed')] };
		expect(daysClosedPerYear(longClosure, '2026-01-10')).toEqual({
			2025: { closed: 12, restricted: 0 },
			2026: { closed: 10, restricted: 0 }
		});
	});

	it('counts a leap year in full and leaves years without closure out', () => {
		const timeline = {
			status: [
				period('2023-06-01', '2023-12-31', 'open'),
				period('2024-01-01', '2024-12-31', 'blocked')
			]
		};
		expect(daysClosedPerYear(timeline, '2025-06-01')).toEqual({
			2024: { closed: 366, restricted: 0 }
		});
	});

	it('adds up to the same days as the closure episodes', () => {
		const total = Object.values(daysClosedPerYear(crossing, '2026-02-15')).reduce(
			(sum, year) => sum + year.closed + year.restricted,
			0
		);
		const episodeDays = closures(crossing, '2026-02-15').reduce(
			(sum, episode) => sum + episode.days,
			0
		);
		expect(total).toBe(episodeDays);
	});
});

describe('on the real data (facts from the research dossier)', () => {
	const { bySlug, asOf } = loadGeodata();
	const torkham = bySlug['torkham']!;

	it('counts the Feb–Mar 2025 Torkham closure and its cargo-only reopening (19–21 Mar) as one episode', () => {
		const episode = closures(torkham, asOf!).find((closure) => closure.from === '2025-02-21');
		expect(episode).toMatchObject({ to: '2025-03-21', status: 'closed', days: 29 });
		expect(episode?.parts).toMatchObject([
			{ from: '2025-02-21', to: '2025-03-18', status: 'closed', days: 26 },
			{ from: '2025-03-19', to: '2025-03-21', status: 'restricted', scope: 'trade', days: 3 }
		]);
	});

	it("counts the 10-day closure to trade over truck drivers' visas in January 2024", () => {
		expect(closures(torkham, asOf!)).toContainEqual(
			expect.objectContaining({
				from: '2024-01-13',
				to: '2024-01-22',
				status: 'closed',
				scope: 'trade',
				days: 10
			})
		);
	});

	it('counts the October 2025 Torkham closure and the returnees-only opening as one episode', () => {
		const october = closures(torkham, asOf!).find((episode) => episode.from === '2025-10-12');
		expect(october?.status).toBe('closed');
		expect(october?.parts.slice(0, 2)).toMatchObject([
			{ from: '2025-10-12', to: '2025-10-31', status: 'closed', scope: 'all' },
			{ from: '2025-11-01', status: 'restricted', scope: 'returnees' }
		]);
	});

	it('gives Torkham 47 fully closed days in 2025 (26 in Feb–Mar, 1 on 22 Sep, 20 in Oct)', () => {
		expect(daysClosedPerYear(torkham, asOf!)[2025]?.closed).toBe(47);
	});

	it('counts the Kharlachi closure of Oct 2024 to May 2025 apart from the one from 12 Oct 2025', () => {
		const episodes = closures(bySlug['kharlachi']!, asOf!);
		expect(episodes.map((episode) => episode.from)).toEqual(
			expect.arrayContaining(['2024-10-12', '2025-10-12'])
		);
		expect(episodes.find((episode) => episode.from === '2024-10-12')?.to).toBe('2025-05-08');
	});
});

describe('closures with readings', () => {
	it("carries each part's other readings, so the page can show where sources differ", () => {
		const reading = { to: '2023-09-15', note: 'Another source counts ten days.', sources: ['b'] };
		const [episode] = closures(
			{
				status: [
					{
						from: '2023-09-06',
						to: '2023-09-14',
						status: 'closed',
						scope: 'all',
						sources: ['a'],
						readings: [reading]
					}
				]
			},
			'2023-12-31'
		);
		expect(episode?.parts[0]?.readings).toEqual([reading]);
	});
});
