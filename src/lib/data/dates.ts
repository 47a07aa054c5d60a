/**
 * Calendar-date helpers for ISO `YYYY-MM-DD` strings. Every date in geodata is a calendar day
 * with no time zone, so arithmetic runs on whole UTC days and never on the reader's clock or
 * locale. ISO strings compare correctly with `<` and `>`, which the data modules rely on.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * True when `value` is a real calendar date written `YYYY-MM-DD` (the same rule as the schema's
 * `isoDate`, without pulling zod into the caller).
 * @example isIsoDate('2024-02-29') // true
 * @example isIsoDate('2025-02-29') // false
 */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
	const time = Date.parse(`${value}T00:00:00Z`);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 for an ISO date; throws a RangeError on anything else. */
export function toDayNumber(date: string): number {
	if (!isIsoDate(date))
		throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
	return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

/** The ISO date of a day number from {@link toDayNumber}. */
export function fromDayNumber(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The date `days` days after `date` (before, when negative).
 * @example addDays('2025-10-31', 1) // '2025-11-01'
 */
export function addDays(date: string, days: number): string {
	return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Days from `from` to `to`: `to − from`, or with `inclusive` the number of calendar days the
 * span covers counting both ends (so a one-day closure is 1 day).
 * @example daysBetween('2025-10-12', '2025-10-31') // 19
 * @example daysBetween('2025-10-12', '2025-10-31', { inclusive: true }) // 20
 */
export function daysBetween(from: string, to: string, { inclusive = false } = {}): number {
	return toDayNumber(to) - toDayNumber(from) + (inclusive ? 1 : 0);
}

/** The earlier of two ISO dates. */
export function minDate(a: string, b: string): string {
	return a <= b ? a : b;
}

/** The later of two ISO dates. */
export function maxDate(a: string, b: string): string {
	return a >= b ? a : b;
}
