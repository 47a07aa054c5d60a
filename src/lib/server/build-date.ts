/**
 * The day the site is built: the clock's (UTC), or BORDER_MAP_BUILD_DATE (YYYY-MM-DD) to build as
 * of another day, e.g. to check the freshness notice or to reproduce a past build.
 */
import { isIsoDate } from '$lib/data/dates';

export function buildDate(env: Record<string, string | undefined> = process.env): string {
	const set = env.BORDER_MAP_BUILD_DATE;
	if (set !== undefined && set !== '') {
		if (!isIsoDate(set))
			throw new Error(`BORDER_MAP_BUILD_DATE must be a date written YYYY-MM-DD (got "${set}")`);
		return set;
	}
	return new Date().toISOString().slice(0, 10);
}
