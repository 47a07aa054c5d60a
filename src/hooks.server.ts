import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { EARLY_MAP_ROUTES } from '$lib/server/map-files';
import { EARLY_INPUT_PLACEHOLDER, earlyInputScript } from '$lib/server/early-input.js';
import { SCRIPT_CONTROL_ATTRIBUTE } from '$lib/view/script-control.svelte';
import { SHARE_PLACEHOLDER, shareForRoute, shareTags } from '$lib/server/share-meta';

/** Read once per server (see $lib/server/early-input.js). */
const EARLY_INPUT = `<script>${earlyInputScript()}</script>`;

/**
 * A page with controls that need its script (the dashboard, a place page) starts its head with
 * the script that lets them answer before it hydrates, in app.html's placeholder; other pages,
 * embeds among them, carry nothing there. (A function, so that no `$` in the script is read as a
 * replacement pattern.)
 *
 * Every page's head ends with its link-preview tags (Open Graph, Twitter), in app.html's other
 * placeholder (see $lib/server/share-meta).
 *
 * A map page loads its map first: its head leads with the map's own files (MapFrame puts them
 * there, from $lib/server/map-files), and SvelteKit's module preloads are left out, so the page's
 * own modules load from SvelteKit's bootstrap behind the map's instead of beside them (a browser
 * fetches six files at a time from one host). Only as pages are prerendered: under `vite dev` there
 * are no built chunks to name, and the map starts from hooks.client.ts instead.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace(EARLY_INPUT_PLACEHOLDER, () =>
					html.includes(SCRIPT_CONTROL_ATTRIBUTE) ? EARLY_INPUT : ''
				)
				.replace(SHARE_PLACEHOLDER, () => {
					const meta = shareForRoute(event.route.id, event.params);
					return meta ? shareTags(meta) : '';
				}),
		...(building && EARLY_MAP_ROUTES.includes(event.route.id ?? '')
			? { preload: ({ type }) => type === 'css' }
			: {})
	});
