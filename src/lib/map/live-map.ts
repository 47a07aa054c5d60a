/**
 * A MapLibre map started on a container, and what a page reads of it: whether it has drawn
 * (`data-map-state`), which layers and camera it drew last (`data-rendered-layers`,
 * `data-rendered-camera`), which data files failed. It is plain TypeScript, not a component, so the
 * map of a prerendered page can start before the page hydrates (see early-map.ts) and MapView
 * takes it over once mounted; a map MapView starts itself (after a client-side navigation) is the
 * same object. This module and MapView are the only code that imports maplibre-gl.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { LAYERS, layerDataPath, type LayerId } from '$lib/layers/registry';
import { severityOfColour } from '$lib/data/encoding';
import type { Severity } from '$lib/data/encoding';
import type { PointProperties } from '$lib/geo/point-features';
import type { PointData } from '$lib/view/map-view-model';
import { LANGS, type Lang } from '$lib/i18n';
import { formatCamera } from '$lib/url/view-state';
import { buildStyle, FONT, isDrawn, labelLanguage, labelVariantId, stylePrefix } from './style';
import { addIncidentMarkers, addStatusMarkers } from './markers';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, type Camera } from '$lib/view/camera';

export type MapState = 'loading' | 'ready' | 'error';

/** A point source's data: its layer file's URL, or features made for the view. */
type PointSourceData = FeatureCollection<Point, PointProperties> | string;

/** Why a map is not drawn, for the page to put in words. */
export type MapFailure =
	| { kind: 'no-webgl2' }
	| { kind: 'context-lost' }
	| { kind: 'load'; message: string | null }
	| { kind: 'start'; message: string };

/** Everything a map needs to draw its first frame: the style is built already showing it. */
export interface MapOpening {
	visible: readonly LayerId[];
	/** Point features per point layer for the view's date, or null for the shared layer files. */
	points: PointData | null;
	routeSeverity: Partial<Record<LayerId, Severity>>;
	selected: string | null;
	camera: Camera;
	/** The Durand Line's label, in the page's language. */
	durandLabel: string;
	lang: Lang;
	attribution: string;
	/** Fold the attribution behind an ⓘ button (small embeds). */
	compactAttribution: boolean;
}

const LATIN = `400 16px "${FONT[0]}"`;
const ARABIC = `400 16px "${FONT[1]}"`;

/**
 * Resolves once labels in `language` can be drawn in their own font. MapLibre draws labels with
 * the page's fonts (no glyph server) and rasterises each glyph once, so a glyph drawn with a
 * fallback font would stay that way. `ۍ` is in Pashto only: it proves the Arabic font is in.
 */
export function labelFontReady(language: Lang): Promise<unknown> {
	const needed = language === 'en' ? [LATIN] : [LATIN, ARABIC];
	return Promise.all(needed.map((font) => document.fonts.load(font, font === ARABIC ? 'ۍ' : 'A')));
}

/** Whether labels in `language` can be drawn now, without waiting (see labelFontReady). */
export const labelFontLoaded = (language: Lang) =>
	language === 'en' || document.fonts.check(ARABIC, 'ۍ');

if (typeof window !== 'undefined' && typeof WebGL2RenderingContext !== 'undefined') {
	maplibregl.setWorkerUrl(workerUrl);
	// The worker boots (fetch, parse, evaluate) while the rest of the page loads, and the Latin
	// label font is asked for now, not when the map starts.
	maplibregl.prewarm();
	void document.fonts.load(LATIN);
}

export const POINT_LAYER_IDS = LAYERS.filter((layer) => layer.source.type === 'points').map(
	(layer) => layer.id as LayerId
);

/** The style layers a click on a place can hit, with the labels drawn in `lang`. */
const clickable = (lang: Lang) =>
	POINT_LAYER_IDS.flatMap((id) => [
		labelVariantId(`${stylePrefix(id)}markers`, lang),
		`${stylePrefix(id)}dots`,
		`${stylePrefix(id)}dots-capital`
	]);

/** Runs `task` when the main thread has nothing else to do (soon, where that is not known). */
const whenIdle = (task: () => void) =>
	typeof requestIdleCallback === 'function'
		? requestIdleCallback(task, { timeout: 150 })
		: setTimeout(task, 50);

/**
 * Every request the map makes, as an absolute URL. Inside a sandboxed iframe (WordPress, AMP) the
 * page's origin is opaque and MapLibre starts its worker from a `data:` URL, where a root-relative
 * tile URL cannot be resolved; resolved here, against the page's own URL, it can.
 */
const absoluteRequest = (url: string) => ({ url: new URL(url, document.baseURI).href });

/** What the page that shows a map hears from it. Set by MapView once it has taken the map over. */
export interface MapListener {
	/** The state changed (and, while the map is not drawn, why). */
	state?: (state: MapState, failure: MapFailure | null) => void;
	/** The style has loaded: the map takes setters from now on. */
	load?: (map: MapLibreMap) => void;
	/** A data file could not be loaded (its source id). */
	sourceFailed?: (sourceId: string) => void;
	/** A place was clicked. */
	select?: (slug: string) => void;
	/** The reader moved the camera. */
	camera?: (camera: Camera) => void;
	/** An incident was clicked or tapped (`pick`), or the pointer is over one or left it (`hover`). */
	incident?: (id: string | null, how: 'pick' | 'hover') => void;
}

/** The incidents layer's one style layer (see incidentMarkers in style.ts). */
const INCIDENT_MARKERS = `${stylePrefix('incidents')}markers`;

export class LiveMap {
	readonly container: HTMLElement;
	state: MapState = 'loading';
	failure: MapFailure | null = null;
	/** The map, once its style has loaded (it takes setters only then). */
	map: MapLibreMap | null = null;
	/** Sources whose data could not be loaded (a missing or corrupt file). */
	readonly failedSources: string[] = [];
	/** The point data each source holds now: a file's URL or features (compared by identity). */
	#shownPoints: Partial<Record<LayerId, PointSourceData>> = {};
	#shownIncidents: FeatureCollection | null = null;
	/** What each point source holds, as text: a file's URL or its features (see showPoints). */
	#shownContent: Partial<Record<LayerId, string>> = {};
	#styleIds: Partial<Record<LayerId, string[]>> = {};
	/** The language the labels are drawn in (see showLabelsIn). */
	labelLang: Lang = 'en';
	/**
	 * Changes of language whose labels are being laid out to be shown: the `idle` that ends their
	 * layout is not the view's, and the test hooks wait for the one after the switch.
	 */
	labelSwitches = 0;
	#listener: MapListener = {};
	#disposed = false;
	#instance: MapLibreMap | null = null;
	/** Where a reader moved the map, and the place they clicked, before anyone listened. */
	#unheardCamera: Camera | null = null;
	#unheardSelect: string | null = null;
	#settle: (state: MapState) => void = () => {};
	/** Resolves once the map has drawn or failed. */
	readonly settled: Promise<MapState> = new Promise((resolve) => (this.#settle = resolve));

	/**
	 * Starts a map on `container`; it reports on the container's data attributes. `opening` is read
	 * once the label font has loaded, just before the map is made, so that it is the view as of then.
	 */
	constructor(container: HTMLElement, opening: () => MapOpening) {
		this.container = container;
		this.#start(opening).catch((error: unknown) => {
			console.error(error);
			// MapLibre's own word for a browser that cannot give it a WebGL2 context.
			if (error instanceof Error && error.name === 'GPUInitializationError') {
				this.#setState('error', { kind: 'no-webgl2' });
				return;
			}
			const message = error instanceof Error ? error.message : String(error);
			this.#setState('error', { kind: 'start', message });
		});
	}

	/** Hands the map's news to `listener` from now on, starting with what has already happened. */
	listen(listener: MapListener): void {
		this.#listener = listener;
		listener.state?.(this.state, this.failure);
		for (const sourceId of this.failedSources) listener.sourceFailed?.(sourceId);
		if (this.map) listener.load?.(this.map);
		// A map still gliding from the reader's drag has moved too: its camera now, its end later.
		const moving = this.#instance?.isMoving() ? cameraOf(this.#instance) : null;
		const moved = moving ?? this.#unheardCamera;
		if (moved) listener.camera?.(moved);
		if (this.#unheardSelect) listener.select?.(this.#unheardSelect);
		this.#unheardCamera = this.#unheardSelect = null;
	}

	/**
	 * Gives point layer `id` this data, unless its source holds it already: `setData` tiles the
	 * whole source again. Only once the style has loaded. `fileHolds`, with a layer file's path:
	 * the features that file holds, when the page knows them, so that a later view with the same
	 * features (the day before the data's date, most often) sends nothing.
	 */
	showPoints(id: LayerId, data: PointSourceData, fileHolds?: FeatureCollection): void {
		const source = this.map?.getSource<GeoJSONSource>(id);
		if (!source) return;
		// What the source would hold: a file stands for its features when the page knows them.
		const content =
			typeof data !== 'string'
				? JSON.stringify(data.features)
				: fileHolds
					? JSON.stringify(fileHolds.features)
					: data;
		// The map opened on the file before the page could say what it holds; now it has.
		if (typeof data === 'string' && this.#shownContent[id] === data)
			this.#shownContent[id] = content;
		if (this.#shownPoints[id] === data) return;
		this.#shownPoints[id] = data;
		// Most days change no place's status: the same features again would cost the
		// worker a whole re-tiling and re-layout of the source. A repaint still follows, so every
		// view change ends in an `idle` (what pages, tests and the bench wait for).
		if (this.#shownContent[id] === content) {
			this.map?.triggerRepaint();
			return;
		}
		this.#shownContent[id] = content;
		source.setData(data);
	}

	/** Gives the incidents source the markers of the view's window, unless it holds them already. */
	showIncidents(data: FeatureCollection): void {
		const source = this.map?.getSource<GeoJSONSource>('incidents');
		if (!source || this.#shownIncidents === data) return;
		source.setData(data);
		this.#shownIncidents = data;
	}

	/**
	 * Draws the labels in `lang`: its label layers take the places in the stack of those in the
	 * language drawn until now, which go to the bottom of the stack, transparent (the page sets
	 * their opacity: see shownProperties). Moving a layer lays nothing out again: the map only
	 * places its labels anew, so the switch is one frame where the labels are laid out already.
	 */
	showLabelsIn(lang: Lang): void {
		const map = this.map;
		if (!map || lang === this.labelLang) return;
		const order = [...map.getLayersOrder()];
		// Waiting labels lie beneath the first layer that is not a label layer (the background).
		const bottom = order.find((id) => labelLanguage(id) === null);
		for (const id of order) {
			if (labelLanguage(id) !== this.labelLang) continue;
			const base = id.slice(0, id.lastIndexOf('@'));
			map.moveLayer(labelVariantId(base, lang), id);
			map.moveLayer(id, bottom);
		}
		this.labelLang = lang;
	}

	/** Style layer ids of registry layer `id`. */
	styleLayerIds(id: LayerId): string[] {
		return this.#styleIds[id] ?? [];
	}

	remove(): void {
		this.#disposed = true;
		this.#instance?.remove();
	}

	#setState(state: MapState, failure: MapFailure | null = null) {
		this.state = state;
		this.failure = failure;
		this.container.dataset.mapState = state;
		if (state !== 'loading') this.#settle(state);
		this.#listener.state?.(state, failure);
	}

	async #start(openingNow: () => MapOpening) {
		// MapLibre 6 draws with WebGL2; without it the page keeps its static map. (A trial
		// context would cost as much as the map's own, so a failed one is caught instead.)
		if (typeof WebGL2RenderingContext === 'undefined') {
			this.#setState('error', { kind: 'no-webgl2' });
			return;
		}
		await labelFontReady(openingNow().lang);
		if (this.#disposed) return;
		const opening = openingNow();
		// The language may have changed while the font loaded: its labels wait for theirs too.
		if (!labelFontLoaded(opening.lang)) await labelFontReady(opening.lang);
		if (this.#disposed) return;
		const style = buildStyle({
			visible: new Set(opening.visible),
			routeSeverity: opening.routeSeverity,
			selected: opening.selected,
			lang: opening.lang,
			durandLabel: opening.durandLabel
		});
		this.labelLang = opening.lang;
		for (const layer of LAYERS) {
			this.#styleIds[layer.id] = style.layers
				.map((styleLayer) => styleLayer.id)
				.filter((styleId) => styleId.startsWith(stylePrefix(layer.id)));
		}
		for (const id of POINT_LAYER_IDS) {
			const data = opening.points ? opening.points[id] : layerDataPath(id);
			if (data) style.sources[id] = { type: 'geojson', data, promoteId: 'slug' };
			this.#shownPoints[id] = data;
			if (data)
				this.#shownContent[id] = typeof data === 'string' ? data : JSON.stringify(data.features);
		}
		const { camera } = opening;
		const instance = new maplibregl.Map({
			container: this.container,
			style,
			center: [camera.lon, camera.lat],
			zoom: camera.zoom,
			minZoom: MIN_ZOOM,
			maxZoom: MAX_ZOOM,
			maxBounds: MAX_BOUNDS,
			// Compact on request (embeds), else MapLibre folds it on narrow maps by itself.
			attributionControl: {
				compact: opening.compactAttribution || undefined,
				customAttribution: opening.attribution
			},
			dragRotate: false,
			// Labels appear at once: no fade after each change (and none for readers who avoid motion).
			fadeDuration: 0,
			pitchWithRotate: false,
			cooperativeGestures: false,
			// The style is ours and checked by its tests (style.test.ts): validating it again
			// costs the page 6–12 ms before the first frame.
			validateStyle: false,
			transformRequest: absoluteRequest
		});
		this.#instance = instance;
		instance.touchZoomRotate.disableRotation();
		instance.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
		// Markers are drawn once this thread is idle after the start, before the worker lays
		// out its first tile (it needs them only once its data has loaded); if it asks sooner,
		// they are drawn then. Either way, not in the start itself, before the first frame.
		const addMarkers = () => {
			addStatusMarkers(instance);
			addIncidentMarkers(instance);
		};
		instance.setMissingStyleImageResolver(addMarkers);
		whenIdle(() => {
			if (!this.#disposed) addMarkers();
		});
		instance.once('idle', () => this.#setState('ready'));
		// A lost GPU context (a sleeping laptop, too many tabs) blanks the canvas until
		// MapLibre restores it: the page shows its static map meanwhile.
		const canvas = instance.getCanvas();
		canvas.addEventListener('webglcontextlost', () =>
			this.#setState('error', { kind: 'context-lost' })
		);
		canvas.addEventListener('webglcontextrestored', () =>
			instance.once('idle', () => this.#setState('ready'))
		);
		instance.on('idle', () => this.#recordDrawn(instance));
		instance.on('error', (event) => {
			console.error(event.error);
			// One data file failing (missing, corrupt) loses only its layer: say which, keep the map.
			const sourceId = (event as { sourceId?: string }).sourceId;
			if (sourceId) {
				if (this.failedSources.includes(sourceId)) return;
				this.failedSources.push(sourceId);
				this.#listener.sourceFailed?.(sourceId);
				return;
			}
			if (this.state === 'loading') {
				this.#setState('error', { kind: 'load', message: event.error?.message ?? null });
			}
		});
		instance.on('click', (event) => {
			if (instance.getLayoutProperty(INCIDENT_MARKERS, 'visibility') !== 'none') {
				const incident = instance.queryRenderedFeatures(event.point, {
					layers: [INCIDENT_MARKERS]
				})[0];
				if (incident?.properties.id) {
					this.#listener.incident?.(String(incident.properties.id), 'pick');
					return;
				}
			}
			const layers = clickable(this.labelLang).filter((id) => instance.getLayer(id));
			const hit = instance.queryRenderedFeatures(event.point, { layers })[0] as
				MapGeoJSONFeature | undefined;
			if (!hit?.properties.slug) return;
			const slug = String(hit.properties.slug);
			if (this.#listener.select) this.#listener.select(slug);
			else this.#unheardSelect = slug;
		});
		for (const lang of LANGS)
			for (const id of clickable(lang)) {
				instance.on('mouseenter', id, () => {
					if (lang === this.labelLang) canvas.style.cursor = 'pointer';
				});
				instance.on('mouseleave', id, () => {
					if (lang === this.labelLang) canvas.style.cursor = '';
				});
			}
		instance.on('mousemove', INCIDENT_MARKERS, (event) => {
			canvas.style.cursor = 'pointer';
			const id = event.features?.[0]?.properties.id;
			if (id) this.#listener.incident?.(String(id), 'hover');
		});
		instance.on('mouseleave', INCIDENT_MARKERS, () => {
			canvas.style.cursor = '';
			this.#listener.incident?.(null, 'hover');
		});
		instance.on('moveend', () => {
			if (this.#listener.camera) this.#listener.camera(cameraOf(instance));
			else this.#unheardCamera = cameraOf(instance);
		});
		instance.once('load', () => {
			this.map = instance;
			this.#listener.load?.(instance);
		});
	}

	/**
	 * The layers, camera and statuses as of this `idle`: lets tests, embedders and the bench wait
	 * for a change, and check that the map draws what the page lists.
	 */
	#recordDrawn(instance: MapLibreMap) {
		if (this.labelSwitches > 0) return;
		const drawn = LAYERS.filter((layer) =>
			this.styleLayerIds(layer.id as LayerId).some((id) => isDrawn(instance, id))
		);
		this.container.dataset.renderedLayers = drawn.map((layer) => layer.id).join(',');
		this.container.dataset.renderedCamera = formatCamera(cameraOf(instance));
		this.container.dataset.renderedSeverities = drawnSeverities(instance, drawn);
		// The languages of the labels drawn (one, or none with every labelled layer off: drawn,
		// and in their place above the basemap), and of those laid out, ready to show at once
		// (see labelVariantId).
		const order = instance.getLayersOrder();
		const basemap = order.findIndex((id) => labelLanguage(id) === null);
		const labelLangs = (test: (id: string, index: number) => boolean) =>
			[...new Set(order.filter(test).map(labelLanguage))].sort().join(',');
		this.container.dataset.renderedLabels = labelLangs(
			(id, index) => labelLanguage(id) !== null && index > basemap && isDrawn(instance, id)
		);
		this.container.dataset.laidOutLabels = labelLangs(
			(id) => labelLanguage(id) !== null && instance.getLayoutProperty(id, 'visibility') !== 'none'
		);
		// Which incidents the map draws: their ids, in the source's order (none while hidden).
		const incidentsDrawn = drawn.some((layer) => layer.source.type === 'incidents');
		this.container.dataset.renderedIncidents = incidentsDrawn
			? (this.#shownIncidents?.features ?? []).map((feature) => feature.properties?.id).join(',')
			: '';
	}
}

/**
 * What the map draws for each place it shows, read back from the map itself: a point's severity
 * from the features its source holds, a route's from the colour its line is painted.
 * `slug:severity`, sorted, comma-separated.
 */
function drawnSeverities(map: MapLibreMap, drawn: readonly (typeof LAYERS)[number][]): string {
	const severities = new Map<string, string>();
	for (const layer of drawn) {
		if (layer.source.type === 'points')
			for (const feature of map.querySourceFeatures(layer.id))
				severities.set(String(feature.properties.slug), String(feature.properties.severity));
		if (layer.source.type === 'route') {
			const colour = map.getPaintProperty(`${stylePrefix(layer.id)}line`, 'line-color');
			const severity = typeof colour === 'string' ? severityOfColour(colour) : null;
			if (severity) severities.set(layer.source.corridor, severity);
		}
	}
	return [...severities]
		.map(([slug, severity]) => `${slug}:${severity}`)
		.sort()
		.join(',');
}

function cameraOf(map: MapLibreMap): Camera {
	const centre = map.getCenter();
	return { zoom: map.getZoom(), lat: centre.lat, lon: centre.lng };
}
