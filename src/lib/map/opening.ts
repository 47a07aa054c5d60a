/**
 * The opening of a prerendered map page, written by the server on the map's container so the map
 * can start before the page hydrates (see early-map.ts), and the view it opens on for a URL.
 * The page would show the same view once hydrated: `openingFor` gives the map's opening only where
 * it can tell what that view is without the page's data, and null where only the page can.
 */
import { parseView, type ViewContext } from '$lib/url/view-state';
import type { LayerId } from '$lib/layers/registry';
import type { Severity } from '$lib/data/scales';
import type { MapOpening } from './live-map';

/** The attribute that carries it: a map page's map container has one. */
export const OPENING_ATTRIBUTE = 'data-map-opening';

/** On a `<details>` the page opens for readers without the map, and folds once the map runs (an embed's table). */
export const FOLD_ATTRIBUTE = 'data-fold-with-map';

/** What the server knows of the view: the page's defaults, and the default date's colours. */
export interface PrerenderedOpening {
	/** The page's view context but for its places (a view the early map starts on names none). */
	context: Omit<ViewContext, 'slugs'>;
	/** Route severities on the default date. */
	routeSeverity: Partial<Record<LayerId, Severity>>;
	/** The Durand Line's label in English, the prerendered page's language. */
	durandLabel: string;
	attribution: string;
	compactAttribution: boolean;
}

/**
 * The map's opening for a page at `search`, or null when the URL asks for a view the page must
 * work out from its data: another date or language (statuses and names), or a place to select
 * other than the page's own. A layer set and a camera need no data.
 */
export function openingFor(prerendered: PrerenderedOpening, search: string): MapOpening | null {
	const { context } = prerendered;
	const params = new URLSearchParams(search);
	const loc = params.get('loc');
	const ownPlace = loc === null || loc === '' || loc === context.defaultLoc;
	if (!ownPlace) return null;
	const slugs = new Set(context.defaultLoc ? [context.defaultLoc] : []);
	const view = parseView(params, { ...context, slugs });
	if (view.date !== context.defaultDate || view.lang !== 'en') return null;
	return {
		visible: view.layers,
		points: null,
		routeSeverity: prerendered.routeSeverity,
		selected: view.loc,
		camera: view.camera,
		durandLabel: prerendered.durandLabel,
		lang: 'en',
		attribution: prerendered.attribution,
		compactAttribution: prerendered.compactAttribution
	};
}

/** Reads the opening a container carries; null where it has none or it is not ours. */
export function readOpening(container: Element): PrerenderedOpening | null {
	const raw = container.getAttribute(OPENING_ATTRIBUTE);
	if (!raw) return null;
	try {
		const value: unknown = JSON.parse(raw);
		return isPrerenderedOpening(value) ? value : null;
	} catch {
		return null;
	}
}

function isPrerenderedOpening(value: unknown): value is PrerenderedOpening {
	if (typeof value !== 'object' || value === null) return false;
	const { context, routeSeverity, durandLabel, attribution } = value as Record<string, unknown>;
	return (
		typeof context === 'object' &&
		context !== null &&
		typeof routeSeverity === 'object' &&
		typeof durandLabel === 'string' &&
		typeof attribution === 'string'
	);
}
