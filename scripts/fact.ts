/**
 * `npm run fact`: the editor for geodata/. Each command changes one thing, checks the whole record
 * with the build's own schema and cross-checks, and only then writes (see geodata-writer.ts);
 * a refusal is one line naming the flag to fix, and leaves every file untouched. Missing flags are
 * asked for when a person is at the terminal; a script gets the refusal instead.
 *
 *   npm run fact -- status torkham --from 2026-03-05 --status open --scope all --source <id|url> [--note …]
 *   npm run fact -- event torkham --date … --kind talks --title … --summary … --source …
 *   npm run fact -- figure torkham --metric … --label … --value 5000|10-12 --unit … --as-of … --source …
 *   npm run fact -- incident --date … --type airstrike --place-name … (--at kabul | --lon … --lat … --location-source …)
 *                            --precision town --by … [--killed 4|3-5 --injured …] --description … --source …
 *   npm run fact -- source --url … --title … --publisher … --date …
 *   npm run fact -- reviewed torkham [--date …]
 *
 * A --source that is a URL not yet in sources.json is added on the way, from --source-title,
 * --source-publisher and --source-date (or by asking). `--root` points at another geodata folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import {
	addEvent,
	addFigure,
	addSource,
	addStatus,
	FactRefusal,
	findPlace,
	makeIncident,
	markReviewed,
	parseCount
} from '../src/lib/server/fact-edits';
import { writeGeodata } from '../src/lib/server/geodata-writer';
import {
	STATUS_VOCABULARY,
	SCOPES,
	EVENT_KINDS,
	INCIDENT_TYPES,
	LOCATION_PRECISIONS
} from '../src/lib/data/vocabulary';
import type { Incident, Location, Source } from '../src/lib/data/types';

const FLAGS = {
	root: { type: 'string' },
	from: { type: 'string' },
	status: { type: 'string' },
	scope: { type: 'string' },
	source: { type: 'string', multiple: true },
	'source-title': { type: 'string' },
	'source-publisher': { type: 'string' },
	'source-date': { type: 'string' },
	'source-mirror-of': { type: 'string' },
	note: { type: 'string' },
	date: { type: 'string' },
	until: { type: 'string' },
	time: { type: 'string' },
	kind: { type: 'string' },
	title: { type: 'string' },
	summary: { type: 'string' },
	metric: { type: 'string' },
	label: { type: 'string' },
	value: { type: 'string' },
	unit: { type: 'string' },
	'as-of': { type: 'string' },
	url: { type: 'string' },
	publisher: { type: 'string' },
	'mirror-of': { type: 'string' },
	id: { type: 'string' },
	type: { type: 'string' },
	'place-name': { type: 'string' },
	at: { type: 'string' },
	lon: { type: 'string' },
	lat: { type: 'string' },
	'location-source': { type: 'string', multiple: true },
	precision: { type: 'string' },
	by: { type: 'string' },
	against: { type: 'string' },
	killed: { type: 'string' },
	injured: { type: 'string' },
	'civilians-killed': { type: 'string' },
	'civilians-injured': { type: 'string' },
	'casualties-source': { type: 'string' },
	description: { type: 'string' }
} as const;

const COMMANDS = ['status', 'event', 'figure', 'incident', 'source', 'reviewed'] as const;
type Command = (typeof COMMANDS)[number];

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const today = new Date().toISOString().slice(0, 10);

/** A flag's value, asked for at a terminal when missing (a choice when `options` are given). */
async function value(
	flags: Record<string, unknown>,
	name: string,
	question: string,
	options?: readonly string[]
): Promise<string | undefined> {
	const given = flags[name];
	if (typeof given === 'string') return given;
	if (!interactive) return undefined;
	const answer = options
		? await prompts.select({
				message: question,
				options: options.map((o) => ({ value: o, label: o }))
			})
		: await prompts.text({ message: question });
	if (prompts.isCancel(answer)) {
		prompts.cancel('Nothing written.');
		process.exit(1);
	}
	return String(answer);
}

function readJson<T>(path: string): T {
	return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A source added from a fact's --source URL: its refusals name the --source-… flags. */
function inlineSource(...args: Parameters<typeof addSource>): Source {
	try {
		return addSource(...args);
	} catch (error) {
		if (error instanceof FactRefusal) throw new FactRefusal(`source-${error.field}`, error.detail);
		throw error;
	}
}

async function main(): Promise<string> {
	let parsed;
	try {
		parsed = parseArgs({ options: FLAGS, allowPositionals: true, strict: true });
	} catch (error) {
		throw new FactRefusal('flags', (error as Error).message.split('\n')[0]!);
	}
	const { values: flags, positionals } = parsed;
	const command = positionals[0] as Command | undefined;
	if (!command || !COMMANDS.includes(command))
		throw new FactRefusal(
			'command',
			`${command ? `"${command}" is not a command` : 'name a command'}: ${COMMANDS.join(', ')}`
		);
	const root = flags.root ?? 'geodata';
	const sourcesPath = 'sources.json';
	let sources = readJson<Source[]>(join(root, sourcesPath));
	const locations = readdirSync(join(root, 'locations'))
		.filter((name) => name.endsWith('.json'))
		.map((name) => readJson<Location>(join(root, 'locations', name)));
	const changes = new Map<string, unknown>();
	const added: Source[] = [];

	/** Source ids for the --source values: ids as they are, unknown URLs added as new sources. */
	const sourceIds = async (list: readonly string[] | undefined): Promise<string[]> => {
		let values = [...(list ?? [])];
		if (values.length === 0) {
			const asked = await value(flags, 'source', 'Source (an id from sources.json, or a URL)');
			if (asked) values = [asked];
		}
		const ids: string[] = [];
		for (const entry of values) {
			if (sources.some((source) => source.id === entry)) {
				ids.push(entry);
				continue;
			}
			const known = sources.find((source) => source.url === entry);
			if (known) {
				ids.push(known.id);
				continue;
			}
			if (!/^https?:\/\//.test(entry))
				throw new FactRefusal('source', `"${entry}" is neither a source id nor a URL`);
			const source = inlineSource(
				sources,
				{
					url: entry,
					title: (await value(flags, 'source-title', `Headline of ${entry}`)) ?? '',
					publisher: (await value(flags, 'source-publisher', 'Its publisher')) ?? '',
					date: (await value(flags, 'source-date', 'Its publication date (YYYY-MM-DD)')) ?? '',
					mirrorOf: flags['source-mirror-of']
				},
				today
			);
			sources = [...sources, source];
			added.push(source);
			ids.push(source.id);
		}
		return ids;
	};

	const placeArg = async () =>
		findPlace(locations, positionals[1] ?? (await value(flags, 'place', 'Which place (slug)?')));
	let what: string;

	switch (command) {
		case 'status': {
			const place = await placeArg();
			const changed = addStatus(
				place,
				{
					from: (await value(flags, 'from', 'From which day (YYYY-MM-DD)?')) ?? '',
					status: (await value(flags, 'status', 'Status', STATUS_VOCABULARY[place.kind])) ?? '',
					scope: (await value(flags, 'scope', 'Scope', SCOPES)) ?? '',
					note: flags.note,
					sources: await sourceIds(flags.source)
				},
				today
			);
			changes.set(`locations/${place.slug}.json`, changed);
			const period = changed.status.at(-1)!;
			what = `${place.names.en}: ${period.status} (${period.scope}) from ${period.from}`;
			break;
		}
		case 'event': {
			const place = await placeArg();
			const changed = addEvent(
				place,
				{
					date: (await value(flags, 'date', 'Date (YYYY-MM-DD)')) ?? '',
					kind: (await value(flags, 'kind', 'Kind of event', EVENT_KINDS)) ?? '',
					title: (await value(flags, 'title', 'Title')) ?? '',
					summary: (await value(flags, 'summary', 'One-sentence summary')) ?? '',
					until: flags.until,
					sources: await sourceIds(flags.source)
				},
				today
			);
			changes.set(`locations/${place.slug}.json`, changed);
			const event = changed.events.find((e) => !place.events.includes(e))!;
			what = `${place.names.en}: ${event.kind} on ${event.date}, "${event.title}"`;
			break;
		}
		case 'figure': {
			const place = await placeArg();
			const [source] = await sourceIds(flags.source);
			const changed = addFigure(
				place,
				{
					metric: (await value(flags, 'metric', 'Metric (kebab-case key)')) ?? '',
					label: (await value(flags, 'label', 'Label')) ?? '',
					value: (await value(flags, 'value', 'Value (a number or a range like 10-12)')) ?? '',
					unit: (await value(flags, 'unit', 'Unit')) ?? '',
					asOf: (await value(flags, 'as-of', 'As of (YYYY-MM-DD)')) ?? '',
					until: flags.until,
					note: flags.note,
					source: source ?? ''
				},
				today
			);
			changes.set(`locations/${place.slug}.json`, changed);
			const figure = changed.figures.at(-1)!;
			what = `${place.names.en}: ${figure.label} ${JSON.stringify(figure.value)} ${figure.unit} as of ${figure.as_of}`;
			break;
		}
		case 'incident': {
			const incidentsDir = join(root, 'incidents');
			const files = existsSync(incidentsDir)
				? readdirSync(incidentsDir).filter((name) => name.endsWith('.json'))
				: [];
			const taken = new Set(
				files.flatMap((name) => readJson<Incident[]>(join(incidentsDir, name)).map((i) => i.id))
			);
			const count = (name: string) =>
				flags[name as keyof typeof flags] === undefined
					? undefined
					: parseCount(name, String(flags[name as keyof typeof flags]));
			const coordinate = (name: 'lon' | 'lat') => {
				const raw = flags[name];
				if (raw === undefined) return undefined;
				const number = Number(raw);
				if (raw.trim() === '' || !Number.isFinite(number))
					throw new FactRefusal(name, `"${raw}" is not a number of degrees`);
				return number;
			};
			const lon = coordinate('lon');
			const lat = coordinate('lat');
			const sourceList = await sourceIds(flags.source);
			const incident = makeIncident(
				{
					id: flags.id,
					date: (await value(flags, 'date', 'Date (YYYY-MM-DD)')) ?? '',
					time: flags.time,
					until: flags.until,
					type: (await value(flags, 'type', 'Type', INCIDENT_TYPES)) ?? '',
					place: (await value(flags, 'place-name', 'The place as reported')) ?? '',
					at:
						flags.at ??
						(lon === undefined && lat === undefined
							? await value(flags, 'at', 'At which place (slug)?')
							: undefined),
					coordinates: lon !== undefined && lat !== undefined ? [lon, lat] : undefined,
					locationSources: flags['location-source'],
					precision:
						(await value(flags, 'precision', 'How exact is the point?', LOCATION_PRECISIONS)) ?? '',
					by: (await value(flags, 'by', 'By whom, as reported')) ?? '',
					against: flags.against,
					casualties: {
						source: flags['casualties-source'],
						killed: count('killed'),
						injured: count('injured'),
						civilians_killed: count('civilians-killed'),
						civilians_injured: count('civilians-injured')
					},
					description: (await value(flags, 'description', 'One sentence on what happened')) ?? '',
					sources: sourceList
				},
				today,
				taken
			);
			const file = `${incident.date.slice(0, 7)}.json`;
			const existing = files.includes(file) ? readJson<Incident[]>(join(incidentsDir, file)) : [];
			const list = [...existing, incident].sort((a, b) =>
				a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1
			);
			changes.set(`incidents/${file}`, list);
			what = `incident ${incident.id}`;
			break;
		}
		case 'source': {
			const source = addSource(
				sources,
				{
					url: (await value(flags, 'url', 'URL')) ?? '',
					title: (await value(flags, 'title', 'Headline as published')) ?? '',
					publisher:
						(await value(flags, 'publisher', 'Publisher (the outlet that reported it)')) ?? '',
					date: (await value(flags, 'date', 'Publication date (YYYY-MM-DD)')) ?? '',
					mirrorOf: flags['mirror-of'],
					id: flags.id
				},
				today
			);
			sources = [...sources, source];
			added.push(source);
			what = `source ${source.id}`;
			break;
		}
		case 'reviewed': {
			const place = await placeArg();
			const changed = markReviewed(place, flags.date ?? today, today);
			changes.set(`locations/${place.slug}.json`, changed);
			what = `${place.names.en}: reviewed on ${changed.last_reviewed}, nothing new`;
			break;
		}
	}
	if (added.length > 0) changes.set(sourcesPath, sources);

	const problems = await writeGeodata(root, changes);
	if (problems.length > 0) throw new Error(problems[0]!);
	const newSources = added.map((source) => `+ source ${source.id}`).join('\n');
	return [
		`Written: ${[...changes.keys()].map((path) => join(root, path)).join(', ')}`,
		newSources,
		'',
		'Commit with:',
		`  git commit -am ${JSON.stringify(`${what}${added.length ? ` (${added.map((s) => s.publisher).join(', ')})` : ''}`)}`,
		'If this corrects a fact, add a body line per correction (the /about corrections log reads them):',
		'  Correction: <what was wrong>, now <what is right>, per <source>'
	]
		.filter((line) => line !== '')
		.join('\n');
}

main()
	.then((report) => {
		console.log(report);
	})
	.catch((error: unknown) => {
		// One line: the flag or file, record and field to fix. Nothing was written.
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	});
