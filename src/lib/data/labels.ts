/** Words for statuses and scopes, shared by the badge, the summary sentence and the pages. */
import type { Status } from './scales';
import type { Scope } from './types';

/**
 * The scope as it reads after the status word. A stopping status names what it stops
 * ("closed to trade"); a passing one names what still passes ("restricted to returnees only").
 * Empty for `all` and for `unknown`.
 * @example scopeLabel('restricted', 'returnees') // " to returnees only"
 */
export function scopeLabel(status: Status, scope: Scope): string {
	if (status === 'unknown' || scope === 'all') return '';
	const stops = status === 'closed' || status === 'blocked';
	return stops ? ` to ${scope}` : ` to ${scope} only`;
}

/** @example statusPhrase('closed', 'trade') // "closed to trade" */
export function statusPhrase(status: Status, scope: Scope): string {
	return status === 'unknown' ? 'status not reported' : `${status}${scopeLabel(status, scope)}`;
}
