/**
 * Cross-checks over locations that passed the schema: what one record cannot know alone (source
 * ids, other locations, the file system) and rules across a record's entries (timeline order).
 */
import { addDays } from '$lib/data/dates';
import { latestFact } from '$lib/data/extent';
import { unitMismatches } from '$lib/data/figures';
import { REGION_BBOX, STATUS_VOCABULARY } from '$lib/data/schema';
import type { Location, StatusPeriod } from '$lib/data/types';
import { formatPath, locationRecordOf, type Problem } from './problems';

/** A validated location and the file it came from. */
export interface LoadedLocation {
	file: string;
	location: Location;
}

/** What the checks need to know beyond the locations themselves. */
export interface CheckContext {
	/** Display path of sources.json, for messages. */
	sourcesFile: string;
	/** Ids in sources.json, or null when it could not be read (then ids are not checked). */
	sourceIds: ReadonlySet<string> | null;
	/** Display path of the locations folder, for messages. */
	locationsDir: string;
	/** Slugs of location files that failed the schema: references to them are not reported again. */
	brokenSlugs: ReadonlySet<string>;
	/** Display path of a `geometry_file` value, and whether it exists. */
	geometryFile: (value: string) => { path: string; exists: boolean };
}

type Report = (path: PropertyKey[], message: string) => void;

function reporterFor(entry: LoadedLocation, problems: Problem[]): Report {
	const recordOf = locationRecordOf(entry.location, entry.location.slug);
	return (path, message) => {
		const { record, field } = recordOf(path);
		problems.push({ file: entry.file, record, field: formatPath(field), message });
	};
}

function describePeriod(index: number, period: StatusPeriod): string {
	const end = period.to === null ? ', ongoing' : ` to ${period.to}`;
	return `status[${index}] (from ${period.from}${end})`;
}

function checkTimeline(location: Location, report: Report): void {
	const allowed: readonly string[] = STATUS_VOCABULARY[location.kind];
	const checkWord = (path: PropertyKey[], status: string) => {
		if (!allowed.includes(status))
			report(
				path,
				`"${status}" is not a status for a ${location.kind}; use one of: ${allowed.join(', ')}`
			);
	};
	location.status.forEach((period, index) => {
		checkWord(['status', index, 'status'], period.status);
		period.readings?.forEach((reading, j) => {
			if (reading.status !== undefined)
				checkWord(['status', index, 'readings', j, 'status'], reading.status);
			const from = reading.from ?? period.from;
			const to = reading.to === undefined ? period.to : reading.to;
			if (to !== null && to < from)
				report(
					['status', index, 'readings', j, 'to'],
					`${to} is before this reading's first day (${from}); to is the last day, inclusive`
				);
		});
		if (period.to !== null && period.to < period.from)
			report(
				['status', index, 'to'],
				`${period.to} is before from (${period.from}); to is the last day, inclusive`
			);
		const previous = location.status[index - 1];
		if (previous && period.from < previous.from)
			report(
				['status', index, 'from'],
				`starts before ${describePeriod(index - 1, previous)}, which is listed first; list periods oldest first`
			);
	});
	// Overlaps are looked for in date order, against the period reaching furthest so far, so an
	// out-of-order list still has each overlap reported once.
	const byStart = location.status
		.map((period, index) => ({ period, index }))
		.sort((a, b) =>
			a.period.from < b.period.from ? -1 : a.period.from > b.period.from ? 1 : a.index - b.index
		);
	let reach: { period: StatusPeriod; index: number } | null = null;
	for (const current of byStart) {
		if (reach) {
			const end = reach.period.to;
			if (end === null || current.period.from <= end) {
				const fix =
					end === null
						? `give status[${reach.index}] a to date before ${current.period.from}`
						: `end status[${reach.index}] by ${addDays(current.period.from, -1)} or start this one on ${addDays(end, 1)}`;
				report(
					['status', current.index, 'from'],
					`overlaps ${describePeriod(reach.index, reach.period)}; periods must not overlap: ${fix}`
				);
			}
		}
		const currentEnd = current.period.to;
		if (
			reach === null ||
			(reach.period.to !== null && (currentEnd === null || currentEnd > reach.period.to))
		)
			reach = current;
	}
}

/** No fact may postdate the review that recorded it: the review date is when research last looked. */
function checkReview(location: Location, report: Report): void {
	const latest = latestFact(location);
	if (latest !== null && latest > location.last_reviewed)
		report(
			['last_reviewed'],
			`${location.last_reviewed} is before ${latest}, the latest date this place records; set it to the day the research last looked (${latest} or later)`
		);
}

function checkDates(location: Location, report: Report): void {
	location.events.forEach((event, index) => {
		if (event.until !== undefined && event.until < event.date)
			report(['events', index, 'until'], `${event.until} is before date (${event.date})`);
	});
	location.figures.forEach((figure, index) => {
		if (figure.until !== undefined && figure.until < figure.as_of)
			report(['figures', index, 'until'], `${figure.until} is before as_of (${figure.as_of})`);
	});
	for (const mismatch of unitMismatches(location.figures))
		report(
			['figures', mismatch.index, 'unit'],
			`"${mismatch.unit}" differs from "${mismatch.firstUnit}" in figures[${mismatch.firstIndex}] of the same metric; figures of one metric form a range and must share a unit`
		);
}

function checkSourceIds(location: Location, report: Report, context: CheckContext): void {
	const known = context.sourceIds;
	if (known === null) return;
	const check = (path: PropertyKey[], id: string) => {
		if (!known.has(id))
			report(path, `unknown source id "${id}"; add it to ${context.sourcesFile} or correct the id`);
	};
	location.status.forEach((period, index) => {
		period.sources.forEach((id, j) => check(['status', index, 'sources', j], id));
		period.readings?.forEach((reading, r) =>
			reading.sources.forEach((id, j) => check(['status', index, 'readings', r, 'sources', j], id))
		);
	});
	location.events.forEach((event, index) =>
		event.sources.forEach((id, j) => check(['events', index, 'sources', j], id))
	);
	location.figures.forEach((figure, index) => check(['figures', index, 'source'], figure.source));
	location.names.sources?.forEach((id, j) => check(['names', 'sources', j], id));
	location.geometry_sources?.forEach((id, j) => check(['geometry_sources', j], id));
}

export function outsideRegion([lon, lat]: readonly [number, number]): string | null {
	const [west, south, east, north] = REGION_BBOX;
	if (lon >= west && lon <= east && lat >= south && lat <= north) return null;
	return `[${lon}, ${lat}] lies outside the map region (longitude ${west} to ${east}, latitude ${south} to ${north}); coordinates are [longitude, latitude]`;
}

function checkGeometry(location: Location, report: Report, context: CheckContext): void {
	if (location.geometry) {
		const outside = outsideRegion(location.geometry.coordinates);
		if (outside) report(['geometry', 'coordinates'], outside);
	}
	location.route?.legs.forEach((leg, index) =>
		leg.waypoints?.forEach((point, j) => {
			const outside = outsideRegion(point);
			if (outside) report(['route', 'legs', index, 'waypoints', j], outside);
		})
	);
	if (location.geometry_file !== undefined) {
		const { path, exists } = context.geometryFile(location.geometry_file);
		if (!exists)
			report(
				['geometry_file'],
				`${path} does not exist (the path is relative to the geodata folder)`
			);
	}
}

function checkRoute(
	location: Location,
	report: Report,
	context: CheckContext,
	bySlug: ReadonlyMap<string, Location>
): void {
	const route = location.route;
	if (!route) return;
	const missing = (slug: string) => `"${slug}" is not a location in ${context.locationsDir}/`;
	route.legs.forEach((leg, index) => {
		for (const end of ['from', 'to'] as const) {
			const slug = leg[end];
			if (context.brokenSlugs.has(slug)) continue;
			const target = bySlug.get(slug);
			if (!target) report(['route', 'legs', index, end], missing(slug));
			else if (target.geometry === null)
				report(
					['route', 'legs', index, end],
					`"${slug}" is a ${target.kind} without a Point geometry; a leg must join two located places`
				);
		}
	});
	route.crossings.forEach((slug, index) => {
		if (context.brokenSlugs.has(slug)) return;
		const target = bySlug.get(slug);
		if (!target) report(['route', 'crossings', index], missing(slug));
		else if (target.kind !== 'crossing')
			report(['route', 'crossings', index], `"${slug}" is a ${target.kind}, not a crossing`);
	});
}

/** Every cross-check problem in the given locations. */
export function checkLocations(
	entries: readonly LoadedLocation[],
	context: CheckContext
): Problem[] {
	const problems: Problem[] = [];
	const bySlug = new Map(entries.map(({ location }) => [location.slug, location]));
	for (const entry of entries) {
		const report = reporterFor(entry, problems);
		checkTimeline(entry.location, report);
		checkDates(entry.location, report);
		checkReview(entry.location, report);
		checkSourceIds(entry.location, report, context);
		checkGeometry(entry.location, report, context);
		checkRoute(entry.location, report, context, bySlug);
	}
	return problems;
}

/** A file and the slug written in it (when it has a string slug, valid or not). */
export interface SlugEntry {
	file: string;
	slug: string;
}

/** Slugs used by more than one file, and files not named `<slug>.json`. */
export function checkSlugs(entries: readonly SlugEntry[]): Problem[] {
	const problems: Problem[] = [];
	for (const { file, slug } of entries) {
		const name = file.slice(file.lastIndexOf('/') + 1);
		if (name !== `${slug}.json`)
			problems.push({
				file,
				record: slug,
				field: 'slug',
				message: `"${slug}" does not match the file name ${name}; name the file ${slug}.json or correct the slug`
			});
		const others = entries.filter((other) => other.slug === slug && other.file !== file);
		if (others.length > 0)
			problems.push({
				file,
				record: slug,
				field: 'slug',
				message: `"${slug}" is also the slug of ${others.map((other) => other.file).join(', ')}; slugs must be unique`
			});
	}
	return problems;
}
