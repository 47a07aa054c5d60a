/**
 * Loads and validates geodata/ at build time (and in tests): sources.json, every
 * locations/*.json and every incidents/*.json (see incidents-file.ts), through the one schema and then the cross-checks. Any problem anywhere stops
 * the build with one GeodataError that lists them all, each pinned to file, record and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { dataAsOf } from '$lib/data/extent';
import { locationSchema, sourceSchema } from '$lib/data/schema';
import type { Incident, Location, Source } from '$lib/data/types';
import { checkLocations, checkSlugs, type LoadedLocation, type SlugEntry } from './checks';
import { loadIncidents } from './incidents-file';
import { parseJson } from './parse-json';
import {
	GeodataError,
	locationRecordOf,
	schemaProblems,
	sourceRecord,
	WHOLE_FILE,
	type Problem
} from './problems';

export { GeodataError, formatProblem, type Problem } from './problems';

/** Everything in geodata/, validated. Plain objects and arrays, so parts can go to the browser. */
export interface Geodata {
	/** Sources by id. */
	sources: Record<string, Source>;
	/** Locations sorted by slug. */
	locations: Location[];
	/** Locations by slug. */
	bySlug: Record<string, Location>;
	/** `dataAsOf(locations)`: the latest date of a fact; null only for data without any date. */
	asOf: string | null;
	/** Strikes, clashes, attacks, shelling and drone incidents, oldest first (compareIncidents). */
	incidents: Incident[];
}

/** A path for messages: relative to the working directory (the repo root), forward slashes. */
function display(path: string): string {
	return relative(process.cwd(), path).split(sep).join('/');
}

function readJson(path: string, problems: Problem[]): { ok: true; value: unknown } | { ok: false } {
	const file = display(path);
	if (!existsSync(path)) {
		problems.push({ file, ...WHOLE_FILE, message: 'file not found' });
		return { ok: false };
	}
	const parsed = parseJson(readFileSync(path, 'utf8'));
	if (!parsed.ok) problems.push({ file, ...WHOLE_FILE, message: parsed.message });
	return parsed;
}

function loadSources(
	path: string,
	problems: Problem[]
): { byId: Record<string, Source>; ids: Set<string> | null } {
	const file = display(path);
	const json = readJson(path, problems);
	if (!json.ok) return { byId: {}, ids: null };
	if (!Array.isArray(json.value)) {
		problems.push({ file, ...WHOLE_FILE, message: 'must be a JSON array of sources' });
		return { byId: {}, ids: null };
	}
	const byId: Record<string, Source> = {};
	const ids = new Set<string>();
	const firstIndex = new Map<string, number>();
	json.value.forEach((raw: unknown, index) => {
		const record = sourceRecord(raw, index);
		const result = sourceSchema.safeParse(raw);
		if (!result.success)
			problems.push(
				...schemaProblems(file, raw, result.error.issues, (p) => ({ record, field: p }))
			);
		// Ids of invalid entries still count as known, so one typo in a source does not also
		// report every reference to it.
		const id = (raw as { id?: unknown } | null)?.id;
		if (typeof id !== 'string') return;
		const first = firstIndex.get(id);
		if (first !== undefined)
			problems.push({
				file,
				record,
				field: 'id',
				message: `sources[${index}] repeats the id of sources[${first}]; ids must be unique`
			});
		else firstIndex.set(id, index);
		ids.add(id);
		if (result.success && first === undefined) byId[id] = result.data;
	});
	return { byId, ids };
}

/**
 * Reads, validates and cross-checks `root` (default `geodata`, relative to the repo root).
 * @throws {GeodataError} listing every problem found, one `<file>: <record>: <field>: <message>` per line.
 * @example const { locations, bySlug, asOf } = loadGeodata();
 */
export function loadGeodata(root = 'geodata'): Geodata {
	const problems: Problem[] = [];
	const sourcesPath = join(root, 'sources.json');
	const sources = loadSources(sourcesPath, problems);

	const locationsPath = join(root, 'locations');
	const loaded: LoadedLocation[] = [];
	const slugs: SlugEntry[] = [];
	const brokenSlugs = new Set<string>();
	const names = existsSync(locationsPath)
		? readdirSync(locationsPath)
				.filter((name) => name.endsWith('.json'))
				.sort()
		: [];
	if (!existsSync(locationsPath))
		problems.push({
			file: display(locationsPath),
			...WHOLE_FILE,
			message: 'folder not found'
		});

	for (const name of names) {
		const path = join(locationsPath, name);
		const file = display(path);
		const json = readJson(path, problems);
		if (!json.ok) continue;
		const fallback = name.replace(/\.json$/, '');
		const rawSlug = (json.value as { slug?: unknown } | null)?.slug;
		if (typeof rawSlug === 'string') slugs.push({ file, slug: rawSlug });
		const result = locationSchema.safeParse(json.value);
		if (result.success) {
			loaded.push({ file, location: result.data });
			continue;
		}
		brokenSlugs.add(typeof rawSlug === 'string' ? rawSlug : fallback);
		const recordOf = locationRecordOf(json.value, fallback);
		problems.push(...schemaProblems(file, json.value, result.error.issues, recordOf));
	}

	problems.push(...checkSlugs(slugs));
	problems.push(
		...checkLocations(loaded, {
			sourcesFile: display(sourcesPath),
			sourceIds: sources.ids,
			locationsDir: display(locationsPath),
			brokenSlugs,
			geometryFile: (value) => {
				const path = join(root, value);
				return { path: display(path), exists: existsSync(path) };
			}
		})
	);
	const incidentsPath = join(root, 'incidents');
	const incidents = loadIncidents(
		root,
		{
			incidentsDir: display(incidentsPath),
			sourcesFile: display(sourcesPath),
			sourceIds: sources.ids,
			locations: new Map(loaded.map(({ location }) => [location.slug, location])),
			brokenSlugs,
			asOf: dataAsOf(loaded.map(({ location }) => location))
		},
		display,
		problems
	);
	if (problems.length > 0) throw new GeodataError(groupByFile(problems));

	const locations = loaded
		.map(({ location }) => location)
		.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
	return {
		sources: sources.byId,
		locations,
		bySlug: Object.fromEntries(locations.map((location) => [location.slug, location])),
		// Facts only, not publication dates, so this equals what pages compute from the locations.
		asOf: dataAsOf(locations),
		incidents
	};
}

/** Problems of one file together, files in the order first met, each file's in the order found. */
function groupByFile(problems: Problem[]): Problem[] {
	const byFile = new Map<string, Problem[]>();
	for (const problem of problems) {
		const list = byFile.get(problem.file) ?? [];
		list.push(problem);
		byFile.set(problem.file, list);
	}
	return [...byFile.values()].flat();
}
