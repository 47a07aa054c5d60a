/**
 * Incidents as the pages use them: where each is, how many deaths it is drawn for, which fall in a
 * date window, how many per week, and which lie near a place. Pure: the browser and the build
 * share it.
 */
import { addDays, toDayNumber } from './dates';
import type { CasualtyReport, Incident } from './types';

/** Oldest first; the same day in id order, so every list of incidents reads the same way. */
export function compareIncidents(a: Incident, b: Incident): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

type Headcount = CasualtyReport['killed'];

/** The lower and upper ends of a count as given (a number is both). */
export function countRange(count: Headcount): { min: number; max: number } | null {
	if (count === undefined) return null;
	return typeof count === 'number' ? { min: count, max: count } : count;
}

/**
 * The most deaths any one source reports for the incident: what its marker is sized by. Sources
 * are never added together (they may count the same dead); null when none gives a figure.
 */
export function mostReportedDeaths(incident: Pick<Incident, 'casualties'>): number | null {
	let most: number | null = null;
	for (const report of incident.casualties) {
		const killed = countRange(report.killed);
		if (killed && (most === null || killed.max > most)) most = killed.max;
	}
	return most;
}

/** The incidents' point: a place's, or their own. */
export function incidentPoint(
	incident: Pick<Incident, 'location'>,
	pointOf: (slug: string) => readonly [number, number] | null | undefined
): [number, number] | null {
	const { place, coordinates } = incident.location;
	const point = place !== undefined ? pointOf(place) : coordinates;
	return point ? [point[0], point[1]] : null;
}

/** The default `window=`: incidents of the 14 days up to the chosen date. */
export const DEFAULT_WINDOW_DAYS = 14;
/** The longest window the URL may ask for. */
export const MAX_WINDOW_DAYS = 365;

/**
 * Index of the first incident dated on or after `date`, in a list sorted by date (binary search:
 * a window is found in log time at any scale).
 */
function firstOnOrAfter<T>(
	sorted: readonly T[],
	dateOf: (item: T) => string,
	date: string
): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (dateOf(sorted[middle]!) < date) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * The items of the `days` days up to and including `date`, from a list sorted by `dateOf` (see
 * compareIncidents), each with its age in days (0 on the date itself). A multi-day incident counts
 * from its first day.
 */
export function incidentsInWindow<T>(
	sorted: readonly T[],
	dateOf: (item: T) => string,
	date: string,
	days: number
): { item: T; age: number }[] {
	const start = firstOnOrAfter(sorted, dateOf, addDays(date, -(days - 1)));
	const end = firstOnOrAfter(sorted, dateOf, addDays(date, 1));
	const today = toDayNumber(date);
	return sorted.slice(start, end).map((item) => ({ item, age: today - toDayNumber(dateOf(item)) }));
}

/** Monday of the week (ISO weeks start on Monday) that `date` falls in. */
export function weekStart(date: string): string {
	const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
	return addDays(date, -weekday);
}

/** One week of the timeline's bars. */
export interface IncidentWeek {
	/** Its Monday. */
	week: string;
	incidents: number;
	/** Sum over the week's incidents of each one's most reported deaths (see mostReportedDeaths). */
	deaths: number;
}

/**
 * Incidents and deaths per week from `from` to `to` (each week named by its Monday), with empty
 * weeks included so the bars keep time.
 */
export function incidentsPerWeek(
	incidents: readonly Pick<Incident, 'date' | 'casualties'>[],
	from: string,
	to: string
): IncidentWeek[] {
	const weeks = new Map<string, IncidentWeek>();
	for (let week = weekStart(from); week <= to; week = addDays(week, 7))
		weeks.set(week, { week, incidents: 0, deaths: 0 });
	for (const incident of incidents) {
		const entry = weeks.get(weekStart(incident.date));
		if (!entry) continue;
		entry.incidents += 1;
		entry.deaths += mostReportedDeaths(incident) ?? 0;
	}
	return [...weeks.values()];
}
