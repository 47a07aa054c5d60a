/**
 * The closure timeline's geometry, computed at build time with d3-scale: one band per closure part
 * on a time axis from the first reported status to the data's as-of date. The component only draws.
 *
 * @example closureTimeline(closures('torkham'), '2023-02-19', '2026-02-16').bands[0] // { x: 8, width: 2.9, … }
 */
import { scaleUtc } from 'd3-scale';
import type { Closure, ClosureSeverity } from '$lib/data/closures';
import { addDays } from '$lib/data/dates';

export const TIMELINE = {
	width: 640,
	height: 86,
	margin: { left: 8, right: 8, top: 14, bottom: 26 }
};

export interface TimelineBand {
	x: number;
	width: number;
	severity: ClosureSeverity;
	status: string;
	from: string;
	to: string | null;
	days: number;
}

export interface TimelineLayout {
	bands: TimelineBand[];
	/** Axis ticks: the first of a month (the label shows the year in January, else the month). */
	ticks: { x: number; date: string }[];
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);
const round = (n: number) => Math.round(n * 10) / 10;

export function closureTimeline(
	closures: readonly Closure[],
	start: string,
	asOf: string
): TimelineLayout {
	const { width, margin } = TIMELINE;
	const x = scaleUtc()
		.domain([day(start), day(addDays(asOf, 1))])
		.range([margin.left, width - margin.right]);
	const bands = closures
		.flatMap((closure) => closure.parts)
		.map((part) => {
			const left = x(day(part.from));
			const right = x(day(addDays(part.to ?? asOf, 1)));
			return {
				x: round(left),
				// A one-day closure on a three-year axis still shows.
				width: round(Math.max(2, right - left)),
				severity: part.severity,
				status: part.status,
				from: part.from,
				to: part.to,
				days: part.days
			};
		});
	const ticks = x
		.ticks(6)
		.map((tick) => ({ x: round(x(tick)), date: tick.toISOString().slice(0, 10) }));
	return { bands, ticks };
}
