/**
 * The map of a prerendered map page, started before the page hydrates, so that it begins as soon
 * as maplibre-gl has loaded, as on a bare MapLibre page, instead of after the framework has
 * started and the whole page has hydrated. The page's head runs start-early.ts as soon as it can
 * (see $lib/server/map-files), and hooks.client.ts before hydrating, in case it has not run yet.
 * MapView takes the map over when it mounts on the same container. Where the URL asks for a view
 * only the page can work out (see openingFor), nothing starts early and MapView starts the map
 * itself, as it does after a client-side navigation.
 */
import { LiveMap } from './live-map';
import { FOLD_ATTRIBUTE, OPENING_ATTRIBUTE } from '$lib/view/early-attributes';
import { openingFor, readOpening } from './opening';

let early: LiveMap | null = null;
let tried = false;

/** Starts the page's map, once, if it can start before the page hydrates; returns it, or null. */
export function startEarlyMap(): LiveMap | null {
	if (tried) return early;
	tried = true;
	const container = document.querySelector<HTMLElement>(`[${OPENING_ATTRIBUTE}]`);
	const prerendered = container && readOpening(container);
	const opening = prerendered && openingFor(prerendered, window.location.search);
	if (!container || !opening) return null;
	early = new LiveMap(container, () => opening);
	// Text alternatives open for readers without the map fold as it starts, as the page's own
	// code folds them once hydrated, so they do not show meanwhile (unless the map cannot draw).
	if (typeof WebGL2RenderingContext !== 'undefined') {
		const folded = document.querySelectorAll<HTMLDetailsElement>(`details[${FOLD_ATTRIBUTE}]`);
		for (const element of folded) element.open = false;
	}
	return early;
}

/**
 * The map started early on `container`, for the first MapView mounted; else null. A MapView on
 * another container (the page re-rendered rather than hydrated) starts its own map, and the
 * early one, on a container no longer in the page, is stopped.
 */
export function claimEarlyMap(container: HTMLElement): LiveMap | null {
	const claimed = early;
	early = null;
	if (claimed && claimed.container !== container) {
		claimed.remove();
		return null;
	}
	return claimed;
}
