/**
 * geodata/incidents/ through the loader: a valid month loads, sorted; each kind of broken record is
 * refused with its file, record and field, and every problem of a run is listed at once.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GeodataError, loadGeodata } from './geodata';

const BASE = 'tests/fixtures/geodata/valid';
let roots: string[] = [];
afterEach(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
	roots = [];
});

/** A copy of the valid fixture with these incident files (name → JSON value). */
function fixtureWith(files: Record<string, unknown>): string {
	const root = mkdtempSync(join(tmpdir(), 'incidents-'));
	roots.push(root);
	cpSync(BASE, root, { recursive: true });
	mkdirSync(join(root, 'incidents'));
	for (const [name, value] of Object.entries(files))
		writeFileSync(
			join(root, 'incidents', name),
			typeof value === 'string' ? value : JSON.stringify(value)
		);
	return root;
}

const incident = (overrides: Record<string, unknown> = {}) => ({
	id: '2025-10-12-torkham-clash',
	date: '2025-10-12',
	type: 'clash',
	place: 'Torkham',
	location: { place: 'torkham', precision: 'site' },
	parties: { by: 'Pakistani and Afghan forces' },
	casualties: [{ source: 'dawn-1952541', killed: 2, injured: { min: 3, max: 5 } }],
	description: 'Border forces exchanged fire at the crossing.',
	sources: ['dawn-1952541'],
	...overrides
});

function problems(root: string): string[] {
	try {
		loadGeodata(root);
		return [];
	} catch (error) {
		if (error instanceof GeodataError) return error.lines;
		throw error;
	}
}

describe('geodata/incidents', () => {
	it('loads valid months, oldest first, with places or sourced points', () => {
		const root = fixtureWith({
			'2025-10.json': [
				incident(),
				incident({
					id: '2025-10-09-kabul-blasts',
					date: '2025-10-09',
					type: 'airstrike',
					time: '22:00',
					place: 'Kabul',
					location: {
						coordinates: [69.17, 34.52],
						precision: 'town',
						sources: ['tribune-2572427']
					},
					casualties: []
				})
			]
		});
		const data = loadGeodata(root);
		expect(data.incidents.map((item) => item.id)).toEqual([
			'2025-10-09-kabul-blasts',
			'2025-10-12-torkham-clash'
		]);
	});

	it('has no incidents where the folder is missing', () => {
		expect(loadGeodata(BASE).incidents).toEqual([]);
	});

	const refusals: [string, Record<string, unknown>, string][] = [
		['an unknown type', { type: 'riot' }, 'type: '],
		['an impossible date', { date: '2025-10-32' }, 'date: is not a real calendar date'],
		['a time that is not HH:MM', { time: '9pm' }, 'time: must be a 24-hour local time'],
		['until before date', { until: '2025-10-11' }, 'until: 2025-10-11 is before date (2025-10-12)'],
		['an unknown source', { sources: ['nope'] }, 'sources[0]: unknown source id "nope"'],
		[
			'a casualty source not among its sources',
			{ casualties: [{ source: 'tribune-2572427', killed: 1 }] },
			'casualties[0].source: "tribune-2572427" is not among the incident\'s sources'
		],
		[
			'two casualty entries from one source',
			{
				casualties: [
					{ source: 'dawn-1952541', killed: 1 },
					{ source: 'dawn-1952541', killed: 2 }
				]
			},
			'casualties[1].source: repeats a source'
		],
		[
			'a casualty entry with no figure',
			{ casualties: [{ source: 'dawn-1952541', note: 'many' }] },
			'casualties[0]: gives no figure'
		],
		[
			'a reversed range',
			{ casualties: [{ source: 'dawn-1952541', killed: { min: 5, max: 2 } }] },
			'casualties[0].killed: '
		],
		[
			'an unknown place',
			{ location: { place: 'nowhere', precision: 'town' } },
			'location.place: "nowhere" is not a location'
		],
		[
			'a place without a point',
			{ location: { place: 'durand-line', precision: 'town' } },
			'location.place: "durand-line" is a border without a point'
		],
		[
			'coordinates without sources',
			{ location: { coordinates: [70, 34], precision: 'town' } },
			'location.sources: coordinates need the sources they are read from'
		],
		[
			'coordinates outside the region',
			{ location: { coordinates: [10, 50], precision: 'town', sources: ['dawn-1952541'] } },
			'location.coordinates: [10, 50] lies outside the map region'
		],
		[
			'both a place and coordinates',
			{
				location: {
					place: 'torkham',
					coordinates: [70, 34],
					precision: 'town',
					sources: ['dawn-1952541']
				}
			},
			'location: give either place'
		],
		[
			'a date after the newest review',
			{ id: '2025-10-12-late', date: '2025-10-12', until: '2025-12-01' },
			"until: 2025-12-01 is after the data's newest review (2025-11-01)"
		],
		['an unknown field', { casualty: [] }, 'casualty: is not a field of this record']
	];
	for (const [what, overrides, message] of refusals) {
		it(`refuses ${what}, naming file, record and field`, () => {
			const root = fixtureWith({ '2025-10.json': [incident(overrides)] });
			const lines = problems(root);
			const id = (overrides.id as string | undefined) ?? '2025-10-12-torkham-clash';
			expect(
				lines.some((line) => line.includes(`incidents/2025-10.json: incident ${id}: ${message}`)),
				lines.join('\n')
			).toBe(true);
		});
	}

	it('refuses an incident filed under another month, a repeated id, and a misnamed file, all at once', () => {
		const root = fixtureWith({
			'2025-09.json': [incident()],
			'2025-10.json': [incident()],
			'october.json': []
		});
		const lines = problems(root);
		expect(lines).toEqual(
			expect.arrayContaining([
				expect.stringContaining(
					'incidents/2025-09.json: incident 2025-10-12-torkham-clash: date: 2025-10-12 is not in 2025-09'
				),
				expect.stringContaining(
					'incidents/2025-10.json: incident 2025-10-12-torkham-clash: id: "2025-10-12-torkham-clash" is also an incident in'
				),
				expect.stringContaining(
					'incidents/october.json: (file): (whole file): name incident files by month'
				)
			])
		);
	});

	it('refuses a file that is not JSON or not an array', () => {
		const root = fixtureWith({ '2025-10.json': '[{', '2025-11.json': { id: 'x' } });
		const lines = problems(root);
		expect(
			lines.some((line) =>
				/incidents\/2025-10\.json: \(file\): \(whole file\): invalid JSON/.test(line)
			)
		).toBe(true);
		expect(lines).toContainEqual(
			expect.stringContaining(
				'incidents/2025-11.json: (file): (whole file): must be a JSON array of incidents'
			)
		);
	});
});
