import type { ClientInit } from '@sveltejs/kit';
import { OPENING_ATTRIBUTE } from '$lib/map/opening';

/** The longest the page waits for its map before hydrating anyway. */
const MAP_WAIT_MS = 3000;

/**
 * Runs before the page hydrates. A map page's map starts first (see $lib/map/early-map): its
 * head has usually started it already; pages without a map load none of the map's code.
 */
export const init: ClientInit = async () => {
	if (!document.querySelector(`[${OPENING_ATTRIBUTE}]`)) return;
	const { earlyMap } = await import('$lib/map/start-early');
	if (earlyMap)
		await Promise.race([earlyMap.settled, new Promise((r) => setTimeout(r, MAP_WAIT_MS))]);
};
