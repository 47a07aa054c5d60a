/**
 * Whether the data has gone stale: a build made more than STALE_AFTER_DAYS after the newest review
 * says so where a reader cannot miss it ("Not updated since 1 Jul 2026"), since a news map's
 * silence would otherwise read as "nothing has happened".
 */
import { daysBetween } from './dates';

export const STALE_AFTER_DAYS = 30;

/** The newest review's date when `builtOn` is more than STALE_AFTER_DAYS after it, else null. */
export function staleSince(asOf: string, builtOn: string): string | null {
	return daysBetween(asOf, builtOn) > STALE_AFTER_DAYS ? asOf : null;
}
