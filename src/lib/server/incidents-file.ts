/**
 * Loads geodata/incidents/: one file per month (`2026-02.json`), each a JSON array of incidents,
 * through the schema and then the cross-checks one record cannot make alone (source ids, places,
 * coordinates in the region, the file's month, ids unique across files, nothing after the review).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { incidentSchema } from '$lib/data/schema';
import type { Incident, Location } from '$lib/data/types';
import { compareIncidents } from '$lib/data/incidents';
import { outsideRegion } from './checks';
import { parseJson } from './parse-json';
import { formatPath, schemaProblems, WHOLE_FILE, type Problem, type RecordOf } from './problems';

/** What the checks need of the rest of geodata/. */
export interface IncidentContext {
	/** Display path of the incidents folder and of sources.json, for messages. */
	incidentsDir: string;
	sourcesFile: string;
	/** Ids in sources.json, or null when it could not be read (ids are then not checked). */
	sourceIds: ReadonlySet<string> | null;
	locations: ReadonlyMap<string, Location>;
	/** Slugs of location files that failed the schema: references to them are not reported again. */
	brokenSlugs: ReadonlySet<string>;
	/** The data's "as of" (newest review): no incident may be dated later. */
	asOf: string | null;
}

/** `incident 2026-02-27-kabul-airstrikes`, or `incidents[3]` for a record without a usable id. */
function incidentRecordOf(raw: unknown): RecordOf {
	return (path) => {
		const [index] = path;
		if (typeof index !== 'number') return { record: WHOLE_FILE.record, field: path };
		const id = (raw as { id?: unknown }[] | null)?.[index]?.id;
		const record = typeof id === 'string' && id !== '' ? `incident ${id}` : `incidents[${index}]`;
		return { record, field: path.slice(1) };
	};
}

/** `2026-02.json` holds incidents dated in February 2026. */
const MONTH_FILE = /^(\d{4}-\d{2})\.json$/;

export function loadIncidents(
	root: string,
	context: IncidentContext,
	display: (path: string) => string,
	problems: Problem[]
): Incident[] {
	const folder = join(root, 'incidents');
	if (!existsSync(folder)) return [];
	const incidents: Incident[] = [];
	const firstFileOf = new Map<string, string>();
	const names = readdirSync(folder)
		.filter((name) => name.endsWith('.json'))
		.sort();
	for (const name of names) {
		const file = display(join(folder, name));
		const month = MONTH_FILE.exec(name)?.[1];
		if (!month) {
			problems.push({
				file,
				...WHOLE_FILE,
				message: `name incident files by month, YYYY-MM.json (e.g. 2026-02.json)`
			});
			continue;
		}
		const parsed = parseJson(readFileSync(join(folder, name), 'utf8'));
		if (!parsed.ok) {
			problems.push({ file, ...WHOLE_FILE, message: parsed.message });
			continue;
		}
		if (!Array.isArray(parsed.value)) {
			problems.push({ file, ...WHOLE_FILE, message: 'must be a JSON array of incidents' });
			continue;
		}
		const recordOf = incidentRecordOf(parsed.value);
		parsed.value.forEach((raw: unknown, index) => {
			const result = incidentSchema.safeParse(raw);
			if (!result.success) {
				problems.push(
					...schemaProblems(file, raw, result.error.issues, (path) => recordOf([index, ...path]))
				);
				return;
			}
			const incident = result.data;
			const report = (field: PropertyKey[], message: string) =>
				problems.push({
					file,
					record: recordOf([index]).record,
					field: formatPath(field),
					message
				});
			const first = firstFileOf.get(incident.id);
			if (first !== undefined)
				report(['id'], `"${incident.id}" is also an incident in ${first}; ids must be unique`);
			else firstFileOf.set(incident.id, file);
			if (!incident.date.startsWith(month))
				report(
					['date'],
					`${incident.date} is not in ${month}; move the incident to its month's file`
				);
			checkIncident(incident, report, context);
			incidents.push(incident);
		});
	}
	return incidents.sort(compareIncidents);
}

type Report = (field: PropertyKey[], message: string) => void;

function checkIncident(incident: Incident, report: Report, context: IncidentContext): void {
	if (incident.until !== undefined && incident.until < incident.date)
		report(['until'], `${incident.until} is before date (${incident.date})`);
	const last = incident.until ?? incident.date;
	if (context.asOf !== null && last > context.asOf)
		report(
			[incident.until ? 'until' : 'date'],
			`${last} is after the data's newest review (${context.asOf}); review a place on or after it`
		);

	const known = context.sourceIds;
	const checkSource = (path: PropertyKey[], id: string) => {
		if (known && !known.has(id))
			report(path, `unknown source id "${id}"; add it to ${context.sourcesFile} or correct the id`);
	};
	incident.sources.forEach((id, j) => checkSource(['sources', j], id));
	incident.casualties.forEach((casualty, j) => {
		checkSource(['casualties', j, 'source'], casualty.source);
		if (!incident.sources.includes(casualty.source))
			report(
				['casualties', j, 'source'],
				`"${casualty.source}" is not among the incident's sources; a figure's source is one of them`
			);
		const figures = ['killed', 'injured', 'civilians_killed', 'civilians_injured'] as const;
		if (!figures.some((name) => casualty[name] !== undefined))
			report(['casualties', j], `gives no figure; give killed, injured or a civilian count`);
	});
	const sameSource = incident.casualties.findIndex(
		(casualty, j) => incident.casualties.findIndex((c) => c.source === casualty.source) !== j
	);
	if (sameSource !== -1)
		report(
			['casualties', sameSource, 'source'],
			`repeats a source; one entry per source (a range where it gives one)`
		);

	const { location } = incident;
	location.sources?.forEach((id, j) => checkSource(['location', 'sources', j], id));
	if ((location.place === undefined) === (location.coordinates === undefined)) {
		report(
			['location'],
			'give either place (a location slug, whose point is used) or coordinates, not both'
		);
		return;
	}
	if (location.place !== undefined) {
		if (context.brokenSlugs.has(location.place)) return;
		const place = context.locations.get(location.place);
		if (!place)
			report(
				['location', 'place'],
				`"${location.place}" is not a location in ${context.incidentsDir.replace(/incidents$/, 'locations')}/`
			);
		else if (!place.geometry)
			report(['location', 'place'], `"${location.place}" is a ${place.kind} without a point`);
		return;
	}
	const outside = outsideRegion(location.coordinates!);
	if (outside) report(['location', 'coordinates'], outside);
	if (!location.sources)
		report(
			['location', 'sources'],
			'coordinates need the sources they are read from; never a guessed point'
		);
}
