import { STALE_AFTER_DAYS } from '$lib/data/freshness';
import { buildDate } from '$lib/server/build-date';
import { mapPageData } from '$lib/server/map-page-data';

export const prerender = true;

/**
 * The downloads' metadata: how current they are. `not_updated_since` is the data's as-of date when
 * the site was built more than `stale_after_days` after it, else null.
 */
export const GET = () => {
	const { asOf, staleSince } = mapPageData();
	const meta = {
		data_as_of: asOf,
		built_on: buildDate(),
		stale_after_days: STALE_AFTER_DAYS,
		not_updated_since: staleSince
	};
	return new Response(JSON.stringify(meta, null, '\t'), {
		headers: { 'content-type': 'application/json' }
	});
};
