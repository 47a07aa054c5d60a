/**
 * Trade-impact figures grouped by metric. Where sources disagree, a group keeps every entry and
 * shows the spread as a range; values are never averaged.
 */
import type { Figure, Location } from './types';

/** All figures of one metric. */
export interface FigureGroup {
	metric: string;
	/** Label of the first figure of the metric. */
	label: string;
	unit: string;
	/** Lowest value across entries (a ranged value contributes its `min`). */
	min: number;
	/** Highest value across entries (a ranged value contributes its `max`). */
	max: number;
	/** True when the group spans more than one value: show `min`–`max`, not one number. */
	isRange: boolean;
	/** Source ids, first-listed first, without repeats. */
	sources: string[];
	/** The figures themselves, in data order. */
	entries: Figure[];
}

/** Two figures of one metric in different units: a data error, since they cannot form a range. */
export interface UnitMismatch {
	metric: string;
	/** Index (in the figure list) of the figure whose unit differs. */
	index: number;
	unit: string;
	/** Index of the first figure of the metric, whose unit the group takes. */
	firstIndex: number;
	firstUnit: string;
}

/** Thrown by {@link figureGroups} when a metric mixes units. */
export class FigureUnitError extends Error {
	constructor(readonly mismatches: UnitMismatch[]) {
		super(
			mismatches
				.map(
					(m) =>
						`figures[${m.index}] (${m.metric}): unit "${m.unit}" differs from "${m.firstUnit}" of figures[${m.firstIndex}]`
				)
				.join('\n')
		);
		this.name = 'FigureUnitError';
	}
}

/**
 * Every figure whose unit differs from the first figure of the same metric. The loader reports
 * these as data errors; {@link figureGroups} refuses to build a range from them.
 */
export function unitMismatches(
	figures: readonly Pick<Figure, 'metric' | 'unit'>[]
): UnitMismatch[] {
	const first = new Map<string, number>();
	const mismatches: UnitMismatch[] = [];
	figures.forEach((figure, index) => {
		const firstIndex = first.get(figure.metric);
		if (firstIndex === undefined) {
			first.set(figure.metric, index);
			return;
		}
		const firstUnit = figures[firstIndex]!.unit;
		if (figure.unit !== firstUnit)
			mismatches.push({ metric: figure.metric, index, unit: figure.unit, firstIndex, firstUnit });
	});
	return mismatches;
}

function bounds(value: Figure['value']): [number, number] {
	return typeof value === 'number' ? [value, value] : [value.min, value.max];
}

/**
 * The location's figures grouped by metric, in order of first appearance. Throws a
 * {@link FigureUnitError} when a metric mixes units.
 * @example figureGroups(torkham)[0] // { metric: 'daily-trade', min: 1.5, max: 2, unit: 'USD million', isRange: true, entries: [2 figures] }
 */
export function figureGroups(location: Pick<Location, 'figures'>): FigureGroup[] {
	const mismatches = unitMismatches(location.figures);
	if (mismatches.length > 0) throw new FigureUnitError(mismatches);
	const groups = new Map<string, FigureGroup>();
	for (const figure of location.figures) {
		const [low, high] = bounds(figure.value);
		const group = groups.get(figure.metric);
		if (!group) {
			groups.set(figure.metric, {
				metric: figure.metric,
				label: figure.label,
				unit: figure.unit,
				min: low,
				max: high,
				isRange: low !== high,
				sources: [figure.source],
				entries: [figure]
			});
			continue;
		}
		group.min = Math.min(group.min, low);
		group.max = Math.max(group.max, high);
		group.isRange = group.min !== group.max;
		if (!group.sources.includes(figure.source)) group.sources.push(figure.source);
		group.entries.push(figure);
	}
	return [...groups.values()];
}
