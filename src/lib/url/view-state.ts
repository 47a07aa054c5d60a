/**
 * The view as URL state, the single source of truth for what a page or embed shows:
 * `layers=<id,id,…>`, `date=YYYY-MM-DD`, `loc=<slug>`, `map=<zoom>/<lat>/<lon>`, `lang=<en|ps|fa|ur>`,
 * and `window=<days>`: how many days up to `date` the incidents layer shows.
 * `parseView` never throws: a missing, unknown or malformed value falls back to its default.
 * `serializeView` writes only values that differ from the defaults.
 */
import { DEFAULT_LAYERS, isLayerId, LAYER_IDS, type LayerId } from '$lib/layers/registry';
import { DEFAULT_CAMERA, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, type Camera } from '$lib/view/camera';
import { isIsoDate } from '$lib/data/dates';
import { DEFAULT_LANG, isLang, type Lang } from '$lib/languages';
import { DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS } from '$lib/data/incidents';

export interface ViewState {
	layers: LayerId[];
	date: string;
	loc: string | null;
	camera: Camera;
	lang: Lang;
	/** Days up to `date` whose incidents the incidents layer shows. */
	window: number;
}

/** What the data allows: the view's defaults and the valid ranges depend on it. */
export interface ViewContext {
	slugs: ReadonlySet<string>;
	/** Earliest and latest dates the slider covers; `date` outside them falls back. */
	dateRange: readonly [string, string];
	/** The "data as of" date, shown when the URL names none. */
	defaultDate: string;
	/** A view of one place (an embed of /embed/<slug>) selects it and centres on it by default… */
	defaultLoc?: string | null;
	defaultCamera?: Camera;
	/** …and shows the routes through it. */
	defaultLayers?: readonly LayerId[];
}

export function defaultView(context: ViewContext): ViewState {
	return {
		layers: [...(context.defaultLayers ?? DEFAULT_LAYERS)],
		date: context.defaultDate,
		loc: context.defaultLoc ?? null,
		camera: { ...(context.defaultCamera ?? DEFAULT_CAMERA) },
		lang: 'en',
		window: DEFAULT_WINDOW_DAYS
	};
}

const MAX_PARAM_LENGTH = 512;

function parseLayers(raw: string | null): LayerId[] | null {
	if (raw === null || raw.length > MAX_PARAM_LENGTH) return null;
	if (raw === '') return [];
	const ids = raw.split(',').filter(isLayerId);
	if (ids.length === 0) return null;
	// Registry order, no duplicates: the same view always serializes the same way.
	return LAYER_IDS.filter((id) => ids.includes(id));
}

function parseCamera(raw: string | null): Camera | null {
	if (raw === null || raw.length > 64) return null;
	const match = /^(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(raw);
	if (!match) return null;
	const [zoom, lat, lon] = match.slice(1).map(Number) as [number, number, number];
	const [west, south, east, north] = MAX_BOUNDS;
	if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
	if (lat < south || lat > north || lon < west || lon > east) return null;
	return { zoom, lat, lon };
}

/** A whole number of days from 1 to MAX_WINDOW_DAYS, written plainly ("30", not "030" or "3e1"). */
function parseWindow(raw: string | null): number | null {
	if (raw === null || !/^[1-9]\d{0,2}$/.test(raw)) return null;
	const days = Number(raw);
	return days <= MAX_WINDOW_DAYS ? days : null;
}

export function parseView(search: URLSearchParams | string, context: ViewContext): ViewState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const fallback = defaultView(context);
	const date = params.get('date');
	const loc = params.get('loc');
	const lang = params.get('lang');
	const [first, last] = context.dateRange;
	return {
		layers: parseLayers(params.get('layers')) ?? fallback.layers,
		date: date && isIsoDate(date) && date >= first && date <= last ? date : fallback.date,
		// `loc=` (empty) deselects the place an embed of one place starts on.
		loc: loc === '' ? null : loc && context.slugs.has(loc) ? loc : fallback.loc,
		camera: parseCamera(params.get('map')) ?? fallback.camera,
		lang: isLang(lang) ? lang : DEFAULT_LANG,
		window: parseWindow(params.get('window')) ?? fallback.window
	};
}

/** Zoom to 2 decimals and degrees to 4 (about 11 m), as OpenStreetMap writes its `map=`. */
export function formatCamera({ zoom, lat, lon }: Camera): string {
	const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));
	return `${trim(zoom, 2)}/${trim(lat, 4)}/${trim(lon, 4)}`;
}

export function serializeView(state: ViewState, context: ViewContext): string {
	const fallback = defaultView(context);
	const params = new URLSearchParams();
	const layers = LAYER_IDS.filter((id) => state.layers.includes(id));
	if (layers.join(',') !== fallback.layers.join(',')) params.set('layers', layers.join(','));
	if (state.date !== fallback.date) params.set('date', state.date);
	if (state.loc !== fallback.loc) params.set('loc', state.loc ?? '');
	const camera = formatCamera(state.camera);
	if (camera !== formatCamera(fallback.camera)) params.set('map', camera);
	if (state.lang !== 'en') params.set('lang', state.lang);
	if (state.window !== fallback.window) params.set('window', String(state.window));
	// Commas and slashes are safe in a query and far easier to read in a shared link.
	return params.toString().replaceAll('%2C', ',').replaceAll('%2F', '/');
}
