/**
 * The opening of a prerendered map page, written by the server on the map's container so the map
 * can start before the page hydrates (see early-map.ts), and the view it opens on for a URL.
 * The page would show the same view once hydrated: `openingFor` gives the map's opening only where
 * it can tell what that view is without the page's data, and null where only the page can.
 */
import { parseView, type ViewContext } from '$lib/url/view-state';
import { layerFilesShow, type LayerId } from '$lib/layers/registry';
import type { Severity } from '$lib/data/encoding';
import type { MapOpening } from './live-map';
import { OPENING_ATTRIBUTE } from '$lib/view/early-attributes';

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
 * work out from its data or its words: another date (statuses), another language (the Durand
 * Line's label: the prerendered page knows it in English only), or a place to select other than
 * the page's own. A layer set and a camera need no data.
 */
export function openingFor(prerendered: PrerenderedOpening, search: string): MapOpening | null {
	const { context } = prerendered;
	const params = new URLSearchParams(search);
	const loc = params.get('loc');
	const ownPlace = loc === null || loc === '' || loc === context.defaultLoc;
	if (!ownPlace) return null;
	const slugs = new Set(context.defaultLoc ? [context.defaultLoc] : []);
	const view = parseView(params, { ...context, slugs });
	// The prerendered page knows the Durand Line's label in English only.
	if (!layerFilesShow(view.date, context.defaultDate) || view.lang !== 'en') return null;
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
	const isObject = (x: unknown): x is Record<string, unknown> =>
		typeof x === 'object' && x !== null;
	if (!isObject(value) || !isObject(value.context) || !isObject(value.routeSeverity)) return false;
	const { dateRange, defaultDate } = value.context;
	return (
		Array.isArray(dateRange) &&
		dateRange.length === 2 &&
		dateRange.every((date) => typeof date === 'string') &&
		typeof defaultDate === 'string' &&
		typeof value.durandLabel === 'string' &&
		typeof value.attribution === 'string'
	);
}
