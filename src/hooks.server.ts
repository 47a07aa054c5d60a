import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { EARLY_MAP_ROUTES } from '$lib/server/map-files';

/**
 * A map page loads its map first: its head leads with the map's own files (MapFrame puts them
 * there, from $lib/server/map-files), and SvelteKit's module preloads are left out, so the page's
 * own modules load from SvelteKit's bootstrap behind the map's instead of beside them (a browser
 * fetches six files at a time from one host). Only as pages are prerendered: under `vite dev` there
 * are no built chunks to name, and the map starts from hooks.client.ts instead.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(
		event,
		building && EARLY_MAP_ROUTES.includes(event.route.id ?? '')
			? { preload: ({ type }) => type === 'css' }
			: undefined
	);
