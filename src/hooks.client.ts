import type { ClientInit } from '@sveltejs/kit';
import { OPENING_ATTRIBUTE } from '$lib/view/early-attributes';
import { MAP_WAIT_MS } from '$lib/view/map-wait';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs before the page hydrates. A map page's map starts first (see $lib/map/early-map): its
 * head has usually started it already, and the page hydrates once it has drawn or failed, or
 * after MAP_WAIT_MS at most, so that hydration does not compete with the map's start for the main
 * thread. Pages without a map load none of the map's code. Nothing here may keep a page from
 * hydrating: a map that cannot start only loses the map.
 */
export const init: ClientInit = async () => {
	if (!document.querySelector(`[${OPENING_ATTRIBUTE}]`)) return;
	const mapDrawn = import('$lib/map/start-early').then(({ earlyMap }) => earlyMap?.settled);
	await Promise.race([mapDrawn, wait(MAP_WAIT_MS)]).catch((error: unknown) => console.error(error));
};
