/** The /data CSV tables, built from the real record. */
import { describe, expect, it } from 'vitest';
import { countRange } from '$lib/data/incidents';
import { CSV_TABLES } from './downloads';
import { loadGeodata } from './geodata';

const data = loadGeodata();

/** RFC 4180 as csv.ts writes it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [[]];
	let cell = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i += 1) {
		const char = body[i]!;
		if (quoted) {
			if (char === '"' && body[i + 1] === '"') {
				cell += '"';
				i += 1;
			} else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			rows.at(-1)!.push(cell);
			cell = '';
		} else if (char === '\r' && body[i + 1] === '\n') {
			rows.at(-1)!.push(cell);
			cell = '';
			rows.push([]);
			i += 1;
		} else cell += char;
	}
	rows.pop(); // the empty row after the last line end
	const [header, ...records] = rows;
	for (const record of records) expect(record).toHaveLength(header!.length);
	return records.map((record) =>
		Object.fromEntries(header!.map((name, index) => [name, record[index]!]))
	);
}

/** A row's cell in `column`; a column the table lacks fails the test rather than reading empty. */
function cell(row: Record<string, string> | undefined, column: string): string {
	const value = row?.[column];
	if (value === undefined) throw new Error(`no column ${column}`);
	return value;
}

const table = (name: string) => CSV_TABLES.find((candidate) => candidate.name === name)!;

describe('incidents.csv', () => {
	const rows = parseCsv(table('incidents').build(data));
	const rowsOf = (id: string) => rows.filter((row) => row.incident_id === id);

	it('has a row per incident and casualty report, and one per incident without a figure', () => {
		expect(rows).toHaveLength(
			data.incidents.reduce((sum, incident) => sum + Math.max(1, incident.casualties.length), 0)
		);
		const firsts = rows.filter((row) => row.report_number === '1');
		expect(firsts.map((row) => row.incident_id)).toEqual(data.incidents.map(({ id }) => id));
		for (const incident of data.incidents)
			expect(rowsOf(incident.id).map((row) => row.reports)).toEqual(
				rowsOf(incident.id).map(() => String(incident.casualties.length))
			);
	});

	it('keeps each source’s figures on its own row, never added up: the Omid hospital strike', () => {
		const omid = rowsOf('2026-03-16-kabul-omid-hospital-airstrike');
		expect(
			omid.map((row) => [
				row.report_number,
				row.report_source_id,
				row.killed_min,
				row.killed_max,
				row.injured_max
			])
		).toEqual([
			['1', 'nagalandpost-2026-03-17-400', '400', '400', '250'],
			['2', 'asomtimes-2026-03-17-408', '408', '408', '265'],
			['3', 'reuters-2026-03-17-400', '400', '400', '250'],
			['4', 'dazzlingdawn-2026-03-21-eid-kabul', '143', '143', '']
		]);
		// The most any one source reports, as the map sizes the marker: not 400 + 408 + 400 + 143.
		expect(new Set(omid.map((row) => row.most_deaths_reported))).toEqual(new Set(['408']));
		expect(omid[0]).toMatchObject({
			date: '2026-03-16',
			time: '21:00',
			type: 'airstrike',
			location_place: 'kabul',
			precision: 'town',
			lon: '69.1783',
			lat: '34.5253',
			// AP's report, read in a copy the Nagaland Post ran: the outlet is AP, the URL the copy's.
			report_publisher: 'AP',
			report_url: data.sources['nagalandpost-2026-03-17-400']!.url
		});
		expect(omid[1]!.report_note).toContain('408');
	});

	it('writes every count of every report as min and max (a range where the source gives one)', () => {
		for (const incident of data.incidents) {
			incident.casualties.forEach((report, index) => {
				const row = rowsOf(incident.id)[index]!;
				for (const field of [
					'killed',
					'injured',
					'civilians_killed',
					'civilians_injured'
				] as const) {
					const range = countRange(report[field]);
					expect([row[`${field}_min`], row[`${field}_max`]], `${incident.id} ${field}`).toEqual(
						range ? [String(range.min), String(range.max)] : ['', '']
					);
				}
			});
		}
	});

	it('names every source of an incident: ids, publishers and URLs in the same order', () => {
		const bagram = rowsOf('2026-03-01-bagram-airstrike');
		expect(bagram).toHaveLength(1);
		expect(bagram[0]!.report_source_id).toBe('');
		expect(bagram[0]!.killed_max).toBe('');
		const record = data.incidents.find(({ id }) => id === '2026-03-01-bagram-airstrike')!;
		expect(cell(bagram[0], 'source_ids').split(' ')).toEqual(record.sources);
		expect(cell(bagram[0], 'source_urls').split(' ')).toEqual(
			record.sources.map((id) => data.sources[id]!.url)
		);
		expect(cell(bagram[0], 'source_publishers').split('; ')).toEqual(
			record.sources.map((id) => data.sources[id]!.mirror_of ?? data.sources[id]!.publisher)
		);
		expect([bagram[0]!.lon, bagram[0]!.lat]).toEqual(['69.265', '34.94611']);
	});
});
