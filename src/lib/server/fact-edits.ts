/**
 * The edits `npm run fact` makes to geodata/, as pure functions over the parsed files: each
 * returns the changed records, or throws a FactRefusal whose one-line message names the field (the
 * command's flag) that is wrong. The full schema and cross-checks run afterwards on the result,
 * before anything is written (geodata-writer.ts).
 */
import { addDays, maxDate } from '$lib/data/dates';
import { isoDate } from '$lib/data/schema';
import {
	STATUS_VOCABULARY,
	SCOPES,
	EVENT_KINDS,
	INCIDENT_TYPES,
	LOCATION_PRECISIONS
} from '$lib/data/vocabulary';
import type {
	CasualtyReport,
	Figure,
	Incident,
	Location,
	LocationEvent,
	Source,
	StatusPeriod
} from '$lib/data/types';

/** A refused edit: `field` is the flag to fix, the message says what is wrong with it. */
export class FactRefusal extends Error {
	constructor(
		readonly field: string,
		readonly detail: string
	) {
		super(`--${field}: ${detail}`);
		this.name = 'FactRefusal';
	}
}

/** A real calendar date, no later than `today`. */
export function checkDate(field: string, value: string | undefined, today: string): string {
	if (value === undefined || value === '') throw new FactRefusal(field, 'is required (YYYY-MM-DD)');
	const parsed = isoDate.safeParse(value);
	if (!parsed.success)
		throw new FactRefusal(field, `"${value}" ${parsed.error.issues[0]!.message}`);
	if (value > today) throw new FactRefusal(field, `${value} is after today (${today})`);
	return value;
}

export function checkOneOf<T extends string>(
	field: string,
	value: string | undefined,
	allowed: readonly T[],
	what = 'one of'
): T {
	if (value === undefined || !allowed.includes(value as T))
		throw new FactRefusal(
			field,
			`${value === undefined ? 'is required' : `"${value}" is not allowed`}; use ${what}: ${allowed.join(', ')}`
		);
	return value as T;
}

export function checkText(field: string, value: string | undefined): string {
	if (value === undefined || value.trim() === '') throw new FactRefusal(field, 'is required');
	return value.trim();
}

/** A count as a number or a range written `10-12`. */
export function parseCount(field: string, value: string): number | { min: number; max: number } {
	const match = /^(\d+)(?:-(\d+))?$/.exec(value.trim());
	if (!match)
		throw new FactRefusal(field, `"${value}" is not a whole number or a range like 10-12`);
	const min = Number(match[1]);
	if (match[2] === undefined) return min;
	const max = Number(match[2]);
	if (max < min) throw new FactRefusal(field, `"${value}": the range's end is below its start`);
	return { min, max };
}

export function findPlace(locations: readonly Location[], slug: string | undefined): Location {
	const place = locations.find((location) => location.slug === slug);
	if (!place)
		throw new FactRefusal(
			'place',
			slug
				? `"${slug}" is not a place in geodata/locations/`
				: 'name a place (its slug), e.g. torkham'
		);
	return place;
}

/** The review date moves to the fact's date when that is later: research looked at least then. */
const reviewedBy = (place: Location, date: string): string => maxDate(place.last_reviewed, date);

export interface StatusInput {
	from: string;
	status: string;
	scope: string;
	sources: string[];
	note?: string;
}

/**
 * A new status from `from` on: the ongoing period (if any) ends the day before; the new one is
 * ongoing. A date on or before the start of the last period would rewrite history: refused (edit
 * the file for that).
 */
export function addStatus(place: Location, input: StatusInput, today: string): Location {
	const from = checkDate('from', input.from, today);
	const status = checkOneOf(
		'status',
		input.status,
		STATUS_VOCABULARY[place.kind],
		`a ${place.kind}'s status`
	);
	const scope = checkOneOf('scope', input.scope, SCOPES);
	if (input.sources.length === 0) throw new FactRefusal('source', 'a status needs a source');
	const last = place.status.at(-1);
	const periods: StatusPeriod[] = place.status.map((period) => ({ ...period }));
	if (last) {
		if (from <= last.from)
			throw new FactRefusal(
				'from',
				`${from} is not after the last period's start (${last.from}); to change the past, edit ${place.slug}.json`
			);
		if (last.to !== null && from <= last.to)
			throw new FactRefusal(
				'from',
				`${from} overlaps the last period (${last.from} to ${last.to}); start on ${addDays(last.to, 1)} or later`
			);
		if (last.to === null)
			periods[periods.length - 1] = { ...periods.at(-1)!, to: addDays(from, -1) };
	}
	periods.push({
		from,
		to: null,
		status: status as StatusPeriod['status'],
		scope,
		...(input.note ? { note: input.note } : {}),
		sources: input.sources
	});
	return { ...place, status: periods, last_reviewed: reviewedBy(place, from) };
}

export interface EventInput {
	date: string;
	kind: string;
	title: string;
	summary: string;
	sources: string[];
	until?: string;
}

export function addEvent(place: Location, input: EventInput, today: string): Location {
	const event: LocationEvent = {
		date: checkDate('date', input.date, today),
		kind: checkOneOf('kind', input.kind, EVENT_KINDS),
		...(input.until ? { until: checkDate('until', input.until, today) } : {}),
		title: checkText('title', input.title),
		summary: checkText('summary', input.summary),
		sources: input.sources
	};
	if (event.until !== undefined && event.until < event.date)
		throw new FactRefusal('until', `${event.until} is before --date (${event.date})`);
	if (input.sources.length === 0) throw new FactRefusal('source', 'an event needs a source');
	const events = [...place.events, event].sort((a, b) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : 0
	);
	return { ...place, events, last_reviewed: reviewedBy(place, event.until ?? event.date) };
}

export interface FigureInput {
	metric: string;
	label: string;
	value: string;
	unit: string;
	asOf: string;
	until?: string;
	source: string;
	note?: string;
}

export function addFigure(place: Location, input: FigureInput, today: string): Location {
	const value = parseCount('value', input.value);
	const figure: Figure = {
		metric: checkText('metric', input.metric),
		label: checkText('label', input.label),
		value,
		unit: checkText('unit', input.unit),
		as_of: checkDate('as-of', input.asOf, today),
		...(input.until ? { until: checkDate('until', input.until, today) } : {}),
		source: checkText('source', input.source),
		...(input.note ? { note: input.note } : {})
	};
	return {
		...place,
		figures: [...place.figures, figure],
		last_reviewed: reviewedBy(place, figure.until ?? figure.as_of)
	};
}

/** Records that the research looked at a place on `date` (default today) and found nothing new. */
export function markReviewed(place: Location, date: string, today: string): Location {
	const day = checkDate('date', date, today);
	if (day < place.last_reviewed)
		throw new FactRefusal(
			'date',
			`${day} is before the place's last review (${place.last_reviewed})`
		);
	return { ...place, last_reviewed: day };
}

export interface SourceInput {
	url: string;
	title: string | null;
	publisher: string;
	date: string | null;
	mirrorOf?: string;
	id?: string;
}

const kebab = (text: string) =>
	text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40)
		.replace(/-$/, '');

/**
 * A new source: `publisher-YYYY-MM-DD-words` unless an id is given. A URL already in the
 * registry is refused with the id it has.
 */
export function addSource(sources: readonly Source[], input: SourceInput, today: string): Source {
	let url: URL;
	try {
		url = new URL(input.url);
	} catch {
		throw new FactRefusal('url', `"${input.url}" is not a URL`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new FactRefusal('url', 'must be an http or https address');
	const known = sources.find((source) => source.url === input.url);
	if (known) throw new FactRefusal('url', `is already source "${known.id}"; cite that id`);
	const title = input.title === null ? null : checkText('title', input.title);
	const publisher = checkText('publisher', input.publisher);
	const published = input.date === null ? null : checkDate('date', input.date, today);
	if (title !== null && /^\s*\[/.test(title))
		throw new FactRefusal('title', 'give the headline as published, not a [description]');
	const id =
		input.id ??
		[kebab(publisher), published ?? 'undated', kebab(title ?? url.pathname)]
			.filter(Boolean)
			.join('-');
	if (sources.some((source) => source.id === id))
		throw new FactRefusal('id', `"${id}" is taken; give another with --id`);
	return {
		id,
		title,
		publisher,
		url: input.url,
		published,
		...(input.mirrorOf ? { mirror_of: input.mirrorOf } : {})
	};
}

export interface IncidentInput {
	id?: string;
	date: string;
	time?: string;
	until?: string;
	type: string;
	place: string;
	at?: string;
	coordinates?: [number, number];
	locationSources?: string[];
	precision: string;
	by: string;
	against?: string;
	casualties: Omit<CasualtyReport, 'source'> & { source?: string };
	description: string;
	sources: string[];
}

export function makeIncident(
	input: IncidentInput,
	today: string,
	taken: ReadonlySet<string>
): Incident {
	const date = checkDate('date', input.date, today);
	const type = checkOneOf('type', input.type, INCIDENT_TYPES);
	const precision = checkOneOf('precision', input.precision, LOCATION_PRECISIONS);
	const place = checkText('place-name', input.place);
	if (input.sources.length === 0) throw new FactRefusal('source', 'an incident needs a source');
	if ((input.at === undefined) === (input.coordinates === undefined))
		throw new FactRefusal('at', 'give either --at <place slug> or --lon and --lat');
	if (input.coordinates && !input.locationSources?.length)
		throw new FactRefusal('location-source', 'coordinates need the source they are read from');
	const id = input.id ?? `${date}-${kebab(place)}-${type}`;
	if (taken.has(id))
		throw new FactRefusal('id', `"${id}" is already an incident; give another with --id`);
	const { source = input.sources[0]!, ...figures } = input.casualties;
	const hasFigure = Object.values(figures).some((value) => value !== undefined);
	return {
		id,
		date,
		...(input.time ? { time: input.time } : {}),
		...(input.until ? { until: checkDate('until', input.until, today) } : {}),
		type,
		place,
		location: input.at
			? { place: input.at, precision }
			: { coordinates: input.coordinates!, precision, sources: input.locationSources! },
		parties: {
			by: checkText('by', input.by),
			...(input.against ? { against: input.against } : {})
		},
		casualties: hasFigure ? [{ source, ...figures }] : [],
		description: checkText('description', input.description),
		sources: input.sources
	};
}
