import type { Handle } from '@sveltejs/kit';
import { mapFirst } from '$lib/server/map-first';

/** Map pages load their map first (see $lib/server/map-first). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => mapFirst(html) });
