import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { mapFirst } from '$lib/server/map-first';

/**
 * Map pages load their map first (see $lib/server/map-first). Only as they are prerendered: under
 * `vite dev` there are no built chunks to name, and the map starts from hooks.client.ts instead.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, building ? { transformPageChunk: ({ html }) => mapFirst(html) } : undefined);
