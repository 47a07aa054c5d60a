/** Words for statuses and scopes, shared by the badge, the summary sentence and the pages. */
import type { Status } from './scales';
import type { Location, Scope } from './types';

const ROUTE_STATUSES = new Set<Status>(['operating', 'disrupted', 'blocked']);

/**
 * A place's everyday name, for map labels and the summary: the English name without the
 * parenthesised detail.
 * @example shortName({ en: 'Chaman–Spin Boldak (Friendship Gate)' }) // "Chaman–Spin Boldak"
 */
export function shortName(names: Pick<Location['names'], 'en'>): string {
	return names.en.replace(/\s*\([^)]*\)\s*$/, '');
}

/**
 * The scope as it reads after the status word. A stopping status names what it stops
 * ("closed to trade"); a passing one names what still passes ("restricted to returnees only").
 * Empty for `all` and for `unknown`.
 * @example scopeLabel('restricted', 'returnees') // " to returnees only"
 */
export function scopeLabel(status: Status, scope: Scope): string {
	if (status === 'unknown' || scope === 'all') return '';
	// A route carries trade by definition: "operating to trade only" would say nothing.
	if (scope === 'trade' && ROUTE_STATUSES.has(status)) return '';
	const stops = status === 'closed' || status === 'blocked';
	return stops ? ` to ${scope}` : ` to ${scope} only`;
}

/** @example statusPhrase('closed', 'trade') // "closed to trade" */
export function statusPhrase(status: Status, scope: Scope): string {
	return status === 'unknown' ? 'status not reported' : `${status}${scopeLabel(status, scope)}`;
}
