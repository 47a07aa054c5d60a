import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GeodataError, loadGeodata } from './geodata';

const FIXTURES = 'tests/fixtures/geodata';

/** The problem lines loading a fixture reports; empty when it loads cleanly. */
function problemsIn(fixture: string): string[] {
	try {
		loadGeodata(`${FIXTURES}/${fixture}`);
		return [];
	} catch (error) {
		if (error instanceof GeodataError) return error.lines;
		throw error;
	}
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each broken fixture is the valid base with one defect (see the fixture's files); the expected
 * lines name file, record and field. `file` resolves a path inside the fixture.
 */
const CASES: Record<string, (file: (path: string) => string) => (string | RegExp)[]> = {
	// The parser's wording varies between Node versions; the line of the comment does not.
	'json-syntax': (file) => [
		new RegExp(
			`^${escape(file('locations/torkham.json'))}: \\(file\\): \\(whole file\\): invalid JSON: .*line 18,? column 2`
		)
	],
	'bad-date': (file) => [
		`${file('locations/torkham.json')}: torkham status[1] (from 2025-10-12): to: is not a real calendar date (got "2025-10-32")`,
		`${file('locations/torkham.json')}: torkham events[0] (11 Oct 2025): date: must be a date written YYYY-MM-DD (got "11 Oct 2025")`
	],
	'unknown-source': (file) =>
		[
			'torkham status[1] (from 2025-10-12): sources[1]',
			'torkham events[0] (2025-10-11): sources[0]',
			'torkham figures[0] (trucks-stranded): source',
			'torkham names: sources[0]'
		].map(
			(where) =>
				`${file('locations/torkham.json')}: ${where}: unknown source id "dawn-0000000"; add it to ${file('sources.json')} or correct the id`
		),
	'overlapping-periods': (file) => [
		`${file('locations/torkham.json')}: torkham status[1] (from 2025-10-10): from: overlaps status[0] (from 2025-10-01 to 2025-10-11); periods must not overlap: end status[0] by 2025-10-09 or start this one on 2025-10-12`
	],
	'periods-out-of-order': (file) => [
		`${file('locations/torkham.json')}: torkham status[1] (from 2025-10-01): from: starts before status[0] (from 2025-10-12 to 2025-10-31), which is listed first; list periods oldest first`
	],
	'to-before-from': (file) => [
		`${file('locations/torkham.json')}: torkham status[1] (from 2025-10-12): to: 2025-10-05 is before from (2025-10-12); to is the last day, inclusive`
	],
	'event-until-before-date': (file) => [
		`${file('locations/torkham.json')}: torkham events[0] (2025-10-11): until: 2025-10-10 is before date (2025-10-11)`
	],
	'figure-until-before-as-of': (file) => [
		`${file('locations/torkham.json')}: torkham figures[1] (trucks-stranded): until: 2025-10-21 is before as_of (2025-10-22)`
	],
	'unknown-status': (file) => [
		`${file('locations/torkham.json')}: torkham status[1] (from 2025-10-12): status: "blocked" is not a status for a crossing; use one of: open, restricted, closed, unknown`
	],
	'not-a-status-word': (file) => [
		`${file('locations/torkham.json')}: torkham status[1] (from 2025-10-12): status: is not a status word; each kind takes its own (crossing: open, restricted, closed, unknown; port: open, restricted, closed, unknown; corridor: operating, disrupted, blocked, unknown; city: calm, tense, clashes, unknown; border: calm, tense, clashes, unknown) (got "shut")`
	],
	'duplicate-slug': (file) => [
		`${file('locations/torkham-2.json')}: torkham: slug: "torkham" does not match the file name torkham-2.json; name the file torkham.json or correct the slug`,
		`${file('locations/torkham-2.json')}: torkham: slug: "torkham" is also the slug of ${file('locations/torkham.json')}; slugs must be unique`,
		`${file('locations/torkham.json')}: torkham: slug: "torkham" is also the slug of ${file('locations/torkham-2.json')}; slugs must be unique`
	],
	'slug-file-mismatch': (file) => [
		`${file('locations/torkham.json')}: torkam: slug: "torkam" does not match the file name torkham.json; name the file torkam.json or correct the slug`
	],
	'duplicate-source-id': (file) => [
		`${file('sources.json')}: source dawn-1952541: id: sources[2] repeats the id of sources[1]; ids must be unique`
	],
	'outside-region': (file) => [
		`${file('locations/torkham-kabul-road.json')}: torkham-kabul-road route.legs[0] (torkham → kabul): waypoints[0]: [70.4515, 44.4265] lies outside the map region (longitude 50 to 84, latitude 18 to 42); coordinates are [longitude, latitude]`,
		`${file('locations/torkham.json')}: torkham: geometry.coordinates: [34.1136, 71.0986] lies outside the map region (longitude 50 to 84, latitude 18 to 42); coordinates are [longitude, latitude]`
	],
	'figure-without-unit': (file) => [
		`${file('locations/torkham.json')}: torkham figures[0] (trucks-stranded): unit: is required but missing (expected string)`
	],
	'figure-unit-mismatch': (file) => [
		`${file('locations/torkham.json')}: torkham figures[1] (trucks-stranded): unit: "vehicles" differs from "trucks" in figures[0] of the same metric; figures of one metric form a range and must share a unit`
	],
	'route-leg-unknown-location': (file) => [
		`${file('locations/torkham-kabul-road.json')}: torkham-kabul-road route.legs[0] (torkham → jalalabad): to: "jalalabad" is not a location in ${file('locations')}/`,
		`${file('locations/torkham-kabul-road.json')}: torkham-kabul-road route.legs[1] (kabul → durand-line): to: "durand-line" is a border without a Point geometry; a leg must join two located places`
	],
	'route-crossing-not-crossing': (file) => [
		`${file('locations/torkham-kabul-road.json')}: torkham-kabul-road route: crossings[1]: "kabul" is a city, not a crossing`,
		`${file('locations/torkham-kabul-road.json')}: torkham-kabul-road route: crossings[2]: "chaman" is not a location in ${file('locations')}/`
	],
	'missing-geometry-file': (file) => [
		`${file('locations/durand-line.json')}: durand-line: geometry_file: ${file('layers/durand.geojson')} does not exist (the path is relative to the geodata folder)`
	],
	'unknown-field': (file) => [
		`${file('locations/torkham.json')}: torkham status[0] (from 2025-10-01): sources: is required but missing (expected array)`,
		`${file('locations/torkham.json')}: torkham status[0] (from 2025-10-01): soruces: is not a field of this record (misspelt, or not in the schema)`
	],
	'fact-after-review': (file) => [
		`${file('locations/torkham.json')}: torkham: last_reviewed: 2025-10-20 is before 2025-11-01, the latest date this place records; set it to the day the research last looked (2025-11-01 or later)`
	],
	'bad-reading': (file) => [
		`${file('locations/torkham.json')}: torkham status[1] (from 2025-10-12): readings[0].status: "blocked" is not a status for a crossing; use one of: open, restricted, closed, unknown`,
		`${file('locations/torkham.json')}: torkham status[1] (from 2025-10-12): readings[0].to: 2025-10-05 is before this reading's first day (2025-10-12); to is the last day, inclusive`,
		`${file('locations/torkham.json')}: torkham status[1] (from 2025-10-12): readings[0].sources[0]: unknown source id "dawn-0000000"; add it to ${file('sources.json')} or correct the id`
	],
	'bracketed-title': (file) => [
		`${file('sources.json')}: source dawn-1952541: title: must be the headline as published, not a [description]; use null when the headline is not known (got "[Dawn report on returns via Torkham]")`
	],
	'missing-sources': (file) => [`${file('sources.json')}: (file): (whole file): file not found`]
};

describe('loadGeodata on fixtures', () => {
	it('loads the valid base cleanly, so each broken copy fails only for its defect', () => {
		const geodata = loadGeodata(`${FIXTURES}/valid`);
		expect(geodata.locations.map((location) => location.slug)).toEqual([
			'durand-line',
			'kabul',
			'torkham',
			'torkham-kabul-road'
		]);
		expect(geodata.bySlug['torkham']?.kind).toBe('crossing');
		expect(Object.keys(geodata.sources)).toEqual(['tribune-2572427', 'dawn-1952541']);
		expect(geodata.asOf).toBe('2025-11-01');
		// Plain data: survives a JSON round trip unchanged, so pages can hand parts to the browser.
		expect(JSON.parse(JSON.stringify(geodata))).toEqual(geodata);
	});

	it.each(Object.entries(CASES))('reports %s with file, record and field', (fixture, expected) => {
		const file = (path: string) => `${FIXTURES}/${fixture}/${path}`;
		const lines = expected(file).map((line) =>
			typeof line === 'string' ? line : expect.stringMatching(line)
		);
		expect(problemsIn(fixture)).toEqual(lines);
	});

	it('has a test case for every fixture folder', () => {
		const folders = readdirSync(FIXTURES).filter((name) => name !== 'valid');
		expect(folders.sort()).toEqual(Object.keys(CASES).sort());
	});

	it('throws one GeodataError whose message lists every problem, one per line', () => {
		let caught: unknown;
		try {
			loadGeodata(`${FIXTURES}/unknown-source`);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(GeodataError);
		const message = (caught as GeodataError).message.split('\n');
		expect(message[0]).toBe('geodata has 4 problems:');
		expect(message.slice(1)).toEqual((caught as GeodataError).lines);
	});

	it('reports a missing root instead of returning empty data', () => {
		expect(problemsIn('no-such-fixture')).toEqual([
			`${FIXTURES}/no-such-fixture/sources.json: (file): (whole file): file not found`,
			`${FIXTURES}/no-such-fixture/locations: (file): (whole file): folder not found`
		]);
	});
});

describe('loadGeodata on the real geodata/', () => {
	it('loads every file through the schema and the cross-checks without a problem', () => {
		const geodata = loadGeodata();
		const files = readdirSync('geodata/locations').filter((name) => name.endsWith('.json'));
		expect(geodata.locations).toHaveLength(files.length);
		const slugs = geodata.locations.map((location) => location.slug);
		expect(slugs).toEqual([...slugs].sort());
		expect(Object.keys(geodata.bySlug).sort()).toEqual(slugs);
	});

	it('holds the places the dossier is about, each of the right kind', () => {
		const { bySlug } = loadGeodata();
		const expected: [string, string][] = [
			['torkham', 'crossing'],
			['chaman', 'crossing'],
			['kabul', 'city'],
			['durand-line', 'border'],
			['chabahar', 'port']
		];
		for (const [slug, kind] of expected) expect(bySlug[slug]?.kind, slug).toBe(kind);
	});
});
