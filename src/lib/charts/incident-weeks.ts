/**
 * The incidents timeline's bars, scaled at build time with d3 (so the browser loads no d3
 * interpolation or number formatting for a static chart): each week's incidents as a share of the
 * busiest week's (linear), and its deaths as a share of the deadliest week's (square root, so a
 * week of hundreds dead does not flatten every other).
 */
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { IncidentWeek } from '$lib/data/incidents';

export interface IncidentWeekBar extends IncidentWeek {
	/** Bar height, 0–1 of the chart's bar area. */
	barShare: number;
	/** Deaths bar depth, 0–1 of the chart's deaths area. */
	deathShare: number;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function incidentWeekBars(weeks: readonly IncidentWeek[]): IncidentWeekBar[] {
	const bar = scaleLinear()
		.domain([0, Math.max(1, ...weeks.map((week) => week.incidents))])
		.range([0, 1]);
	const depth = scaleSqrt()
		.domain([0, Math.max(1, ...weeks.map((week) => week.deaths))])
		.range([0, 1]);
	return weeks.map((week) => ({
		...week,
		barShare: round(bar(week.incidents)),
		deathShare: round(depth(week.deaths))
	}));
}
