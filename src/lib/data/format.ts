/** Number formatting for figures: grouped digits, ranges with an en dash, never averaged. */
import type { Figure } from './types';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** @example formatNumber(6500) // "6,500" */
export function formatNumber(value: number): string {
	return NUMBER.format(value);
}

/** @example formatValue({ min: 6000, max: 6500 }) // "6,000–6,500" */
export function formatValue(value: Figure['value']): string {
	return typeof value === 'number'
		? formatNumber(value)
		: `${formatNumber(value.min)}–${formatNumber(value.max)}`;
}

/** @example formatRange(25, 27) // "25–27" */
export function formatRange(min: number, max: number): string {
	return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
}
