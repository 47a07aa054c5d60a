/**
 * Every place with its timeline, fetched once per page from the shared file the build writes
 * (an embed carries only its own places; see $lib/server/embed-places).
 */
import type { MapLocation } from './types';

export const ALL_PLACES_PATH = '/data/places.json';

let pending: Promise<MapLocation[]> | undefined;

export function fetchAllPlaces(): Promise<MapLocation[]> {
	pending ??= fetch(ALL_PLACES_PATH).then((response) => {
		if (!response.ok) throw new Error(`${ALL_PLACES_PATH}: HTTP ${response.status}`);
		return response.json() as Promise<MapLocation[]>;
	});
	// A failed fetch may be retried.
	pending.catch(() => (pending = undefined));
	return pending;
}
