// Summaries over repeated runs: the median is the figure, min and max show the spread.

/**
 * @typedef {{ median: number, min: number, max: number, n: number }} Summary
 */

/**
 * Median, min and max of the numbers in `values`; null and undefined entries (a run where the
 * figure did not exist, e.g. no map on the page) are left out. Null when no number is left.
 * @param {readonly (number | null | undefined)[]} values
 * @returns {Summary | null}
 * @example summarise([3, 1, null, 2]) // { median: 2, min: 1, max: 3, n: 3 }
 */
export function summarise(values) {
	const sorted = values
		.filter((value) => typeof value === 'number' && Number.isFinite(value))
		.sort((a, b) => a - b);
	const n = sorted.length;
	if (n === 0) return null;
	const middle = Math.floor(n / 2);
	const median = n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return { median, min: sorted[0], max: sorted[n - 1], n };
}

/**
 * a / b of two medians, or null when either is missing or b is zero.
 * @param {Summary | null} a
 * @param {Summary | null} b
 */
export function ratio(a, b) {
	if (!a || !b || b.median === 0) return null;
	return a.median / b.median;
}

/**
 * The order of `items` for round `round`: rotated by one each round, so no target always runs
 * first (a warm GPU process or OS file cache would otherwise favour the same one every time).
 * @template T
 * @param {readonly T[]} items
 * @param {number} round
 * @returns {T[]}
 */
export function interleave(items, round) {
	const shift = items.length === 0 ? 0 : round % items.length;
	return [...items.slice(shift), ...items.slice(0, shift)];
}
