/**
 * The one schema for everything in geodata/. Types are inferred from it (see types.ts);
 * the build, the tests and the pages all validate through it.
 */
import { z } from 'zod';
import {
	ALL_STATUSES,
	EVENT_KINDS,
	INCIDENT_TYPES,
	LOCATION_KINDS,
	LOCATION_PRECISIONS,
	MODES,
	SCOPES,
	STATUS_VOCABULARY
} from './vocabulary';

// The vocabularies live apart from zod so the browser can use them without loading the schema.
export {
	ALL_STATUSES,
	EVENT_KINDS,
	INCIDENT_TYPES,
	LOCATION_KINDS,
	LOCATION_PRECISIONS,
	MODES,
	SCOPES,
	STATUS_VOCABULARY
} from './vocabulary';

/** Calendar date as `YYYY-MM-DD`; rejects impossible dates such as 2025-02-30. */
export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
	.refine((value) => {
		const date = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
	}, 'is not a real calendar date');

export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (e.g. spin-boldak)');

/** One or more ids from geodata/sources.json; cross-checked by the loader. */
export const sourceIds = z.array(z.string().min(1)).min(1, 'needs at least one source id');

export const sourceSchema = z.strictObject({
	id: slug,
	/**
	 * The headline as published, in its own script (with an English gloss in parentheses for other
	 * languages). Null when the stored copy of the page shows no headline: never a description in
	 * brackets standing in for one. `npm run audit:data` lists every null.
	 */
	title: z
		.string()
		.min(1)
		.refine(
			(text) => !/^\s*\[/.test(text),
			'must be the headline as published, not a [description]; use null when the headline is not known'
		)
		.nullable(),
	publisher: z.string().min(1),
	url: z.url({ protocol: /^https?$/ }),
	/** Publication date; null where the source carries none ("n/d" in the dossier). */
	published: isoDate.nullable(),
	/** Set when `url` is a mirror or aggregator: the original publisher it republishes. */
	mirror_of: z.string().min(1).optional()
});

export const locationKind = z.enum(LOCATION_KINDS);

/** Which words each kind takes, for messages: "a crossing or port: open, restricted, closed, …". */
const WORDS_BY_KIND = Object.entries(STATUS_VOCABULARY)
	.map(([kind, words]) => `${kind}: ${words.join(', ')}`)
	.join('; ');

/** A status word of some kind; the loader checks it is one of the place's own kind (checks.ts). */
export const statusWord = z.enum(ALL_STATUSES, {
	error: `is not a status word; each kind takes its own (${WORDS_BY_KIND})`
});

/**
 * Another source's reading of the same period, where sources disagree on its dates, status or
 * scope: only the fields that differ, a sentence saying how, and the sources that read it so.
 * The period itself holds the reading the map draws; the page shows every reading beside it.
 */
export const readingSchema = z.strictObject({
	from: isoDate.optional(),
	to: isoDate.nullable().optional(),
	status: statusWord.optional(),
	scope: z.enum(SCOPES).optional(),
	note: z.string().min(1),
	sources: sourceIds
});

export const statusPeriodSchema = z.strictObject({
	from: isoDate,
	/** Last day of the period, inclusive; null while it is ongoing. */
	to: isoDate.nullable(),
	status: statusWord,
	scope: z.enum(SCOPES),
	/** One sentence, in our words, on what the status means here. */
	note: z.string().min(1).optional(),
	sources: sourceIds,
	/** Where sources disagree: each other reading, with its own sources. */
	readings: z.array(readingSchema).min(1).optional()
});

const figureValue = z.union([
	z.number(),
	z.strictObject({ min: z.number(), max: z.number() }).refine((range) => range.min <= range.max, {
		message: 'min must not exceed max'
	})
]);

export const figureSchema = z.strictObject({
	/** Stable key: figures with the same metric from different sources are shown as a range. */
	metric: slug,
	label: z.string().min(1),
	value: figureValue,
	unit: z.string().min(1, 'a figure needs a unit'),
	/** The date the figure refers to, or the first day of the period it covers. */
	as_of: isoDate,
	/** Last day of the period the figure covers, when it covers one. */
	until: isoDate.optional(),
	source: z.string().min(1),
	note: z.string().min(1).optional()
});

export const eventSchema = z.strictObject({
	date: isoDate,
	kind: z.enum(EVENT_KINDS),
	/** Last day, for events that span several days (talks, clashes). */
	until: isoDate.optional(),
	title: z.string().min(1),
	summary: z.string().min(1),
	sources: sourceIds
});

export const namesSchema = z.strictObject({
	en: z.string().min(1),
	ps: z.string().min(1).optional(),
	fa: z.string().min(1).optional(),
	ur: z.string().min(1).optional(),
	sources: z.array(z.string().min(1)).optional()
});

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const pointSchema = z.strictObject({ type: z.literal('Point'), coordinates: lonLat });

/** One leg of a trade route, between two located nodes (slugs of point locations). */
export const routeLegSchema = z.strictObject({
	from: slug,
	to: slug,
	mode: z.enum(MODES),
	/**
	 * Intermediate points that bend a road or rail leg along its real alignment, read off the
	 * sources named in `waypoint_note`. Air legs take none: they are drawn as great circles.
	 */
	waypoints: z.array(lonLat).optional(),
	waypoint_note: z.string().min(1).optional()
});

export const routeSchema = z.strictObject({
	legs: z.array(routeLegSchema).min(1),
	/** Crossings the route passes; a route through a crossing closed to trade is blocked. */
	crossings: z.array(slug)
});

export const locationSchema = z.strictObject({
	slug,
	kind: locationKind,
	names: namesSchema,
	/** ISO 3166-1 alpha-3 code of the country the point stands in (or, for a crossing, one side). */
	country: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code such as AFG'),
	/** A point for places; lines (the border, corridors) take their geometry from a layer file. */
	geometry: pointSchema.nullable(),
	/** Where the point comes from and how exact it is (e.g. "town point; gate not sourced"). */
	geometry_note: z.string().min(1).optional(),
	/** The sources the point is read from. */
	geometry_sources: z.array(z.string().min(1)).min(1).optional(),
	/** Layer file under geodata/ whose features draw this location when it is a line. */
	geometry_file: z.string().min(1).optional(),
	/** For corridors: the legs that draw it and the crossings it depends on. */
	route: routeSchema.optional(),
	summary: z.string().min(1),
	/**
	 * The last day the research looked for news of this place, whether or not anything changed.
	 * No fact may be dated later; the data's "as of" date is the newest review.
	 */
	last_reviewed: isoDate,
	status: z.array(statusPeriodSchema),
	figures: z.array(figureSchema).default([]),
	events: z.array(eventSchema).default([])
});

/** A count of people as one source gives it: a number, or a range where the source gives one. */
const headcount = z.union([
	z.number().int().nonnegative(),
	z
		.strictObject({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() })
		.refine((range) => range.min <= range.max, { message: 'min must not exceed max' })
]);

/**
 * The casualties of an incident as one source reports them. Sources that may count the same
 * people are kept apart, never added up; whose claim a figure is (a party's, a hospital's) goes
 * in the note.
 */
export const casualtyReportSchema = z.strictObject({
	source: z.string().min(1),
	killed: headcount.optional(),
	injured: headcount.optional(),
	civilians_killed: headcount.optional(),
	civilians_injured: headcount.optional(),
	note: z.string().min(1).optional()
});

/**
 * Where an incident happened: a place already in geodata/locations (`place`, its point), or a
 * point read from `sources`; `precision` says how exactly the point is known.
 */
export const incidentLocationSchema = z.strictObject({
	place: slug.optional(),
	coordinates: lonLat.optional(),
	precision: z.enum(LOCATION_PRECISIONS),
	sources: z.array(z.string().min(1)).min(1).optional(),
	note: z.string().min(1).optional()
});

/** One strike, clash, attack, shelling or drone incident (geodata/incidents/<YYYY-MM>.json). */
export const incidentSchema = z.strictObject({
	/** Stable id, `date-place-kind`: links and feeds rely on it never changing. */
	id: slug,
	/** The local date it happened (not the date it was reported). */
	date: isoDate,
	/** Local time, 24-hour `HH:MM`, where reported. */
	time: z
		.string()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour local time written HH:MM')
		.optional(),
	/** Last day, when reported as one incident over several days. */
	until: isoDate.optional(),
	type: z.enum(INCIDENT_TYPES),
	/** The place as the sources name it. */
	place: z.string().min(1),
	location: incidentLocationSchema,
	/** Who acted and against whom, as reported (attributions a party disputes say so). */
	parties: z.strictObject({ by: z.string().min(1), against: z.string().min(1).optional() }),
	casualties: z.array(casualtyReportSchema).default([]),
	/** One sentence, in our words. */
	description: z.string().min(1),
	sources: sourceIds
});

export const incidentsFileSchema = z.array(incidentSchema);

export const sourcesFileSchema = z.array(sourceSchema);

/** Region the map covers; a coordinate outside it is a data error. [west, south, east, north] */
export { REGION as REGION_BBOX } from '../geo/region';
