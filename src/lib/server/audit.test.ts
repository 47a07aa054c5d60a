import { describe, expect, it } from 'vitest';
import type { Location, Source } from '$lib/data/types';
import { auditData, formatAudit } from './audit';
import { loadGeodata } from './geodata';

const source = (id: string, publisher: string, extra: Partial<Source> = {}): Source => ({
	id,
	title: `Headline ${id}`,
	publisher,
	url: `https://example.org/${id}`,
	published: '2026-03-01',
	...extra
});

const sources = Object.fromEntries(
	[
		source('dawn-1', 'Dawn'),
		source('reuters-1', 'Reuters'),
		source('devdiscourse-1', 'Devdiscourse', { mirror_of: 'Reuters' }),
		source('untitled', 'Azadi', { title: null }),
		source('unused', 'AP')
	].map((s) => [s.id, s])
);

const torkham: Location = {
	slug: 'torkham',
	kind: 'crossing',
	names: { en: 'Torkham', sources: ['untitled'] },
	country: 'PAK',
	geometry: { type: 'Point', coordinates: [71.08, 34.11] },
	summary: 's',
	last_reviewed: '2023-03-31',
	status: [
		{ from: '2023-01-01', to: '2023-01-31', status: 'open', scope: 'all', sources: ['dawn-1'] },
		// Two sources, but the second copies the first's publisher: still one source.
		{
			from: '2023-02-10',
			to: null,
			status: 'closed',
			scope: 'all',
			sources: ['reuters-1', 'devdiscourse-1']
		}
	],
	figures: [],
	events: [
		{
			date: '2023-02-10',
			kind: 'closure',
			title: 'Closed',
			summary: 's',
			sources: ['dawn-1', 'reuters-1']
		}
	]
};

describe('auditData', () => {
	const audit = auditData({ locations: [torkham], sources, asOf: '2023-03-31' });
	const place = audit.places[0]!;

	it('lists facts resting on one original publisher, a mirror counting as its original', () => {
		expect(place.singleSource.map((fact) => [fact.what, fact.prominent])).toEqual([
			['status 2023-01-01 – 2023-01-31, open (all)', true],
			['status 2023-02-10 – ongoing, closed (all)', true]
		]);
	});

	it('lists mirrors and sources with no headline cited, and sources nobody cites', () => {
		expect(place.mirrors).toEqual(['devdiscourse-1']);
		expect(place.untitled).toEqual(['untitled']);
		expect(audit.uncited).toEqual(['unused']);
	});

	it('lists the stretches with no reporting found, up to the review', () => {
		expect(place.gaps).toEqual([{ from: '2023-02-01', to: '2023-02-09' }]);
		expect(place.gapDays).toBe(9);
	});

	it('prints a block per place and a summary line', () => {
		const text = formatAudit(audit, sources);
		expect(text).toContain('torkham (crossing): last reviewed 2023-03-31');
		expect(text).toContain('    2023-02-01 – 2023-02-09');
		expect(text.split('\n').at(-1)).toBe(
			'data as of 2023-03-31: 1 places, 3 facts; 2 rest on one source (2 prominent); 1 mirror sources; 1 sources with no headline seen (bracketed titles are rejected); 1 places with no reporting found for some days since 2023-01-01 (9 place-days); 0 incidents, 0 on one source (0 prominent)'
		);
	});
});

describe('on the real data', () => {
	it('audits every place', () => {
		const data = loadGeodata();
		expect(auditData(data).places.map((place) => place.slug)).toEqual(
			data.locations.map((location) => location.slug)
		);
	});

	it('audits the incidents: one publisher behind all sources is one source, a mirror its original', () => {
		const data = loadGeodata();
		const audit = auditData(data);
		expect(audit.incidents.count).toBe(data.incidents.length);
		for (const fact of audit.incidents.singleSource) {
			const incident = data.incidents.find((item) => `incident ${item.id}` === fact.what)!;
			const publishers = new Set(
				incident.sources.map((id) => data.sources[id]!.mirror_of ?? data.sources[id]!.publisher)
			);
			expect(publishers.size, fact.what).toBe(1);
		}
		// The sources an incident alone cites are cited.
		const cited = new Set(data.incidents.flatMap((incident) => incident.sources));
		expect(audit.uncited.filter((id) => cited.has(id))).toEqual([]);
	});
});
