/**
 * A trade route's status on a date: its own timeline, overridden by the crossings it passes.
 * A route through a crossing closed to trade is blocked; through one only partly open, disrupted.
 */
import { statusOn, type Timeline as StatusTimeline } from './status';
import type { Location, Scope } from './types';
import { SEVERITY_OF, type Status } from './vocabulary';

export type RouteStatus = 'operating' | 'disrupted' | 'blocked' | 'unknown';

export interface RouteStatusOnDate {
	status: RouteStatus;
	/** Why: the route's own timeline (`null`) or the slug of the crossing that decides it. */
	decidedBy: string | null;
}

type Timeline = Pick<Location, 'slug'> & StatusTimeline;

/** Whether goods can pass a crossing with this status and scope. */
export function tradeThrough(status: Status, scope: Scope | null): RouteStatus {
	const severity = SEVERITY_OF[status];
	const peopleOnly = scope === 'people' || scope === 'returnees';
	// Closed to people only: whether goods pass is not reported.
	if (severity === 'stopped') return peopleOnly ? 'unknown' : 'blocked';
	// Restricted to people or returnees: goods do not pass.
	if (severity === 'partial') return peopleOnly ? 'blocked' : 'disrupted';
	if (severity === 'ok') return 'operating';
	return 'unknown';
}

const RANK: Record<RouteStatus, number> = { unknown: 0, operating: 1, disrupted: 2, blocked: 3 };

/**
 * @example routeStatusOn(karachiTorkham, slug => bySlug[slug], '2025-10-20')
 * // { status: 'blocked', decidedBy: 'torkham' }
 */
export function routeStatusOn(
	route: Pick<Location, 'slug' | 'route'> & StatusTimeline,
	crossing: (slug: string) => Timeline | undefined,
	date: string
): RouteStatusOnDate {
	const own = statusOn(route, date).status as RouteStatus;
	let result: RouteStatusOnDate = { status: own, decidedBy: null };
	for (const slug of route.route?.crossings ?? []) {
		const timeline = crossing(slug);
		if (!timeline) continue;
		const { status, scope } = statusOn(timeline, date);
		const through = tradeThrough(status, scope);
		// A crossing only ever makes a route worse: an open crossing cannot vouch for the whole route.
		if ((through === 'blocked' || through === 'disrupted') && RANK[through] > RANK[result.status]) {
			result = { status: through, decidedBy: slug };
		}
	}
	return result;
}
