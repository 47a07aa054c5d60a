/**
 * Closure episodes and closed-days counts from a location's status timeline.
 *
 * Decisions, so "how often has it closed" has one answer:
 * - A closure is any period whose status is `closed` or `restricted` (crossings, ports) or
 *   `blocked` or `disrupted` (corridors). City and border words (`clashes` …) are not closures.
 * - Contiguous closure periods (the next starts the day after the previous ends) form ONE episode,
 *   whatever their status or scope: Torkham closed 12–31 Oct then restricted from 1 Nov is one
 *   episode with two parts. An open period or an unreported gap ends an episode — a gap is not
 *   assumed closed.
 * - Days are whole calendar days counting both ends. Nothing after `asOf` is counted: an ongoing
 *   period runs to `asOf`, and a period reaching past `asOf` is cut there.
 */
import { addDays, daysBetween, minDate } from './dates';
import { periodsInOrder } from './status';
import type { Location, Reading, Scope, Status, StatusPeriod } from './types';
import { CLOSURE_KINDS, SEVERITY_OF, STATUS_VOCABULARY } from './vocabulary';

/** How severe a closure status is: `closed` (closed, blocked) or `restricted` (restricted, disrupted). */
export type ClosureSeverity = 'closed' | 'restricted';

/** Closure words, from the vocabulary table: the stopping and partial words of the closure kinds. */
const SEVERITY = new Map<Status, ClosureSeverity>(
	CLOSURE_KINDS.flatMap((kind) =>
		STATUS_VOCABULARY[kind].flatMap((word): [Status, ClosureSeverity][] => {
			const severity = SEVERITY_OF[word];
			if (severity === 'stopped') return [[word, 'closed']];
			if (severity === 'partial') return [[word, 'restricted']];
			return [];
		})
	)
);

/**
 * The closure severity of a status word, or null when the word is not a closure.
 * @example closureSeverity('blocked') // 'closed'
 */
export function closureSeverity(status: Status): ClosureSeverity | null {
	return SEVERITY.get(status) ?? null;
}

/** One status period inside a closure episode. */
export interface ClosurePart {
	from: string;
	/** Last day, inclusive; null while ongoing. */
	to: string | null;
	status: Status;
	scope: Scope;
	severity: ClosureSeverity;
	/** Days counted up to `asOf`, both ends included. */
	days: number;
	sources: string[];
	/** Other sources' readings of this period, where they disagree; empty when none do. */
	readings: Reading[];
}

/** An unbroken episode of closure: one or more contiguous closure periods. */
export interface Closure {
	from: string;
	/** Last day of the last part; null while ongoing. */
	to: string | null;
	/** Status of the most severe part (the first one, on a tie): `closed` wins over `restricted`. */
	status: Status;
	/** Scope of that same part. */
	scope: Scope;
	severity: ClosureSeverity;
	/** Sum of the parts' days. */
	days: number;
	/** Every source id cited by the parts, first-cited first, without repeats. */
	sources: string[];
	parts: ClosurePart[];
}

/** Days of a period counted up to `asOf` (inclusive), never negative. */
function countedDays(period: Pick<StatusPeriod, 'from' | 'to'>, asOf: string): number {
	const end = period.to === null ? asOf : minDate(period.to, asOf);
	return Math.max(0, daysBetween(period.from, end, { inclusive: true }));
}

function toPart(period: StatusPeriod, severity: ClosureSeverity, asOf: string): ClosurePart {
	return {
		from: period.from,
		to: period.to,
		status: period.status,
		scope: period.scope,
		severity,
		days: countedDays(period, asOf),
		sources: [...period.sources],
		readings: [...(period.readings ?? [])]
	};
}

function toEpisode(parts: ClosurePart[]): Closure {
	const worst = parts.find((part) => part.severity === 'closed') ?? parts[0]!;
	const last = parts[parts.length - 1]!;
	return {
		from: parts[0]!.from,
		to: last.to,
		status: worst.status,
		scope: worst.scope,
		severity: worst.severity,
		days: parts.reduce((sum, part) => sum + part.days, 0),
		sources: [...new Set(parts.flatMap((part) => part.sources))],
		parts
	};
}

/**
 * The closure episodes of a location, oldest first (see the module comment for what counts).
 * @param asOf the day up to which ongoing closures are counted, usually the data's as-of date.
 * @example closures(torkham, '2025-11-30').at(-1) // { from: '2025-10-12', to: null, status: 'closed', parts: [closed…, restricted…], … }
 */
export function closures(location: Pick<Location, 'status'>, asOf: string): Closure[] {
	const episodes: ClosurePart[][] = [];
	let current: ClosurePart[] | null = null;
	let previousEnd: string | null = null;
	for (const period of periodsInOrder(location)) {
		const severity = closureSeverity(period.status);
		if (severity === null) {
			current = null;
			continue;
		}
		const contiguous =
			current !== null && previousEnd !== null && period.from <= addDays(previousEnd, 1);
		if (!contiguous || current === null) {
			current = [];
			episodes.push(current);
		}
		current.push(toPart(period, severity, asOf));
		previousEnd = period.to;
	}
	return episodes.map(toEpisode);
}

/** Closed and restricted days in one calendar year. */
export interface YearDays {
	/** Days with a `closed` or `blocked` status. */
	closed: number;
	/** Days with a `restricted` or `disrupted` status (not included in `closed`). */
	restricted: number;
}

/**
 * Closed and restricted days per calendar year, counted up to `asOf`. Years without any such day
 * are left out.
 * @example daysClosedPerYear(torkham, '2025-11-30') // { 2025: { closed: 45, restricted: 30 }, … }
 */
export function daysClosedPerYear(
	location: Pick<Location, 'status'>,
	asOf: string
): Record<number, YearDays> {
	const years: Record<number, YearDays> = {};
	for (const period of periodsInOrder(location)) {
		const severity = closureSeverity(period.status);
		if (severity === null) continue;
		const end = period.to === null ? asOf : minDate(period.to, asOf);
		for (let year = Number(period.from.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) {
			const days = countedDays(
				{
					from: period.from > `${year}-01-01` ? period.from : `${year}-01-01`,
					to: minDate(end, `${year}-12-31`)
				},
				asOf
			);
			if (days === 0) continue;
			const tally = (years[year] ??= { closed: 0, restricted: 0 });
			tally[severity] += days;
		}
	}
	return years;
}
