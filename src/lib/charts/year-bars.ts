/**
 * Days closed and restricted per calendar year as stacked bars, laid out at build time with
 * d3-scale (band and linear scales). The component only draws.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { YearDays } from '$lib/data/closures';

export const YEAR_BARS = {
	width: 640,
	height: 160,
	margin: { left: 40, right: 8, top: 12, bottom: 24 }
};

export interface YearBar {
	year: number;
	x: number;
	width: number;
	closed: { y: number; height: number; days: number };
	restricted: { y: number; height: number; days: number };
}

export interface YearBarsLayout {
	bars: YearBar[];
	/** Gridlines with their value. */
	gridlines: { y: number; value: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function yearBars(perYear: Readonly<Record<number, YearDays>>): YearBarsLayout {
	const { width, height, margin } = YEAR_BARS;
	const years = Object.keys(perYear).map(Number).sort();
	const x = scaleBand<number>()
		.domain(years)
		.range([margin.left, width - margin.right])
		.padding(0.35);
	const most = Math.max(
		31,
		...years.map((year) => perYear[year]!.closed + perYear[year]!.restricted)
	);
	const y = scaleLinear()
		.domain([0, most])
		.nice()
		.range([height - margin.bottom, margin.top]);
	return {
		bars: years.map((year) => {
			const { closed, restricted } = perYear[year]!;
			return {
				year,
				x: round(x(year)!),
				width: round(x.bandwidth()),
				closed: { y: round(y(closed)), height: round(y(0) - y(closed)), days: closed },
				restricted: {
					y: round(y(closed + restricted)),
					height: round(y(0) - y(restricted)),
					days: restricted
				}
			};
		}),
		gridlines: y.ticks(4).map((value) => ({ y: round(y(value)), value }))
	};
}
