/**
 * The status of a location on a given day, read from its timeline of status periods. This is the
 * one function behind every status shown (map, legend, list, location page), so they agree.
 */
import { addDays } from './dates';
import type { MapStatusPeriod, Scope, Status, StatusPeriod } from './types';

/** Anything with a status timeline: a place from the data, or as the maps carry it. */
export interface Timeline<P extends MapStatusPeriod = MapStatusPeriod> {
	status: readonly P[];
}

/** What {@link statusOn} reports for one location on one day. */
export interface StatusOnDate<P extends MapStatusPeriod = StatusPeriod> {
	/** The period's status word, or `unknown` when no period covers the day (not reported). */
	status: Status;
	/** What traffic the status speaks of; null when not reported. */
	scope: Scope | null;
	/** The period covering the day, or null when none does. */
	period: P | null;
	/**
	 * First day of the current run of this status and scope: the covering period's `from`, reaching
	 * back across earlier contiguous periods with the same status and scope (a timeline splits a
	 * run when a new source takes over). Null when not reported.
	 */
	since: string | null;
}

/** A start of a new status, as found by {@link latestChange}. */
export interface StatusChange<P extends MapStatusPeriod = StatusPeriod> {
	/** The day the new status began. */
	date: string;
	/** The period that began that day. */
	period: P;
	/** The period that covered the day before, or null when that day was not reported. */
	previous: P | null;
}

/** The location's status periods in date order (the loader rejects unordered data; this is cheap insurance). */
export function periodsInOrder<P extends MapStatusPeriod>(location: Timeline<P>): P[] {
	return [...location.status].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** True when `date` falls within the period (`to` is inclusive; null `to` runs on). */
export function covers(period: MapStatusPeriod, date: string): boolean {
	return period.from <= date && (period.to === null || date <= period.to);
}

/** True when `next` starts the day after `previous` ends, with the same status and scope. */
function continues(previous: MapStatusPeriod, next: MapStatusPeriod): boolean {
	return (
		previous.to !== null &&
		addDays(previous.to, 1) === next.from &&
		previous.status === next.status &&
		previous.scope === next.scope
	);
}

/** Index of the first period of the run that `periods[index]` belongs to. */
function runStart(periods: readonly MapStatusPeriod[], index: number): number {
	let start = index;
	while (start > 0 && continues(periods[start - 1]!, periods[start]!)) start -= 1;
	return start;
}

/**
 * The status of `location` on `date`. A day no period covers is `unknown`: a gap in the timeline
 * means not reported, never "probably open".
 * @example statusOn(torkham, '2025-10-20') // { status: 'closed', scope: 'all', since: '2025-10-12', … }
 */
export function statusOn<P extends MapStatusPeriod>(
	location: Timeline<P>,
	date: string
): StatusOnDate<P> {
	const periods = periodsInOrder(location);
	const index = periods.findIndex((period) => covers(period, date));
	const period = periods[index];
	if (!period) return { status: 'unknown', scope: null, period: null, since: null };
	return {
		status: period.status,
		scope: period.scope,
		period,
		since: periods[runStart(periods, index)]!.from
	};
}

/**
 * The latest change of status on or before `asOf` (or in the whole timeline when omitted): the
 * start of the latest run of one status and scope. A period that only continues the previous one
 * (same status and scope, starting the next day, e.g. under a new source) is not a change.
 * Returns null when no period starts on or before `asOf`.
 * @example latestChange(torkham, '2025-11-20') // { date: '2025-11-01', period: {status: 'restricted', …}, previous: {status: 'closed', …} }
 */
export function latestChange<P extends MapStatusPeriod>(
	location: Timeline<P>,
	asOf?: string
): StatusChange<P> | null {
	const periods = periodsInOrder(location);
	let latest = -1;
	periods.forEach((period, index) => {
		if (asOf === undefined || period.from <= asOf) latest = index;
	});
	if (latest < 0) return null;
	const start = runStart(periods, latest);
	const period = periods[start]!;
	const dayBefore = addDays(period.from, -1);
	const previous = periods.find((candidate) => covers(candidate, dayBefore)) ?? null;
	return { date: period.from, period, previous };
}
