/**
 * The MapLibre style: a calm basemap from our own Natural Earth extracts, then one group of style
 * layers per registry layer. Colours, dashes and line widths come from the look in $lib/data/encoding.
 * Spec: https://maplibre.org/maplibre-style-spec/
 */
import {
	BORDER_LOOK,
	PALETTE,
	ROUTE_LOOK,
	severityColour,
	severityDash,
	type Severity
} from '$lib/data/encoding';
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	Map as MapLibreMap,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { isLang, LANGS, t, type Lang } from '$lib/i18n';
import { labelProperty } from '$lib/geo/point-features';
import { LAYERS, layerDataPath, type LayerDefinition, type LayerId } from '$lib/layers/registry';
import { BASEMAP_SOURCE, basemapSource, type BasemapLayer } from '$lib/geo/tiles';

/** Label fonts, as CSS families (no glyph server): Latin, then Arabic script for ps, fa and ur. */
export const FONT = ['Noto Sans', 'Noto Sans Arabic'];

/** Every style layer that belongs to registry layer `id` has an id starting with this prefix. */
export const stylePrefix = (id: LayerId) => `${id}:`;

/**
 * A labelled style layer is drawn once per language, as layers `<id>@en`, `<id>@ps` …: a change of
 * language then shows another layer, where a new label text would have MapLibre lay every tile of
 * the source out again (a quarter of a second here, glyphs and all). Only the labels in the
 * page's language are drawn, in their place in the stack; the others are transparent and wait at
 * the bottom of the stack (see buildStyle and LiveMap.showLabelsIn), where they are placed after
 * every other label and so push none aside. A waiting layer is laid out only once a reader may
 * want it (shownProperties, `laidOut`): until then it costs nothing.
 */
export const labelVariantId = (id: string, lang: Lang) => `${id}@${lang}`;

/** The language a style layer draws labels in, if it is one of a labelled layer's variants. */
export function labelLanguage(styleLayerId: string): Lang | null {
	const at = styleLayerId.lastIndexOf('@');
	const lang = styleLayerId.slice(at + 1);
	return at >= 0 && isLang(lang) ? lang : null;
}

/** `layer` once per language, each with the text `textIn` gives for it. */
function labelVariants(
	layer: SymbolLayerSpecification,
	textIn: (lang: Lang) => string | ExpressionSpecification
): SymbolLayerSpecification[] {
	return LANGS.map((lang) => ({
		...layer,
		id: labelVariantId(layer.id, lang),
		layout: { ...layer.layout, 'text-field': textIn(lang) }
	}));
}

/** A basemap layer's features: a layer of the basemap's vector tiles (see $lib/map/tiles). */
const basemap = (layer: BasemapLayer) => ({ source: BASEMAP_SOURCE, 'source-layer': layer });

function basemapLayers(): LayerSpecification[] {
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': PALETTE.sea } },
		{
			id: 'countries',
			type: 'fill',
			...basemap('countries'),
			paint: {
				'fill-color': ['case', ['get', 'focus'], PALETTE.focus, PALETTE.neighbour]
			}
		},
		{
			id: 'coastline',
			type: 'line',
			...basemap('coastline'),
			paint: { 'line-color': PALETTE.coast, 'line-width': 0.8 }
		},
		{
			id: 'boundaries',
			type: 'line',
			...basemap('boundaries'),
			paint: { 'line-color': PALETTE.boundary, 'line-width': 0.9 }
		},
		countryLabels('country-labels', false, 11, PALETTE.countryLabel),
		countryLabels('country-labels-focus', true, 14, PALETTE.focusLabel)
	];
}

/*
 * Sizes and colours are constants, with one style layer per variant (Afghanistan and Pakistan,
 * Kabul), rather than expressions over the features: each set of feature-driven properties is a
 * shader program of its own, and compiling programs is much of a map's first draw.
 */
function countryLabels(
	id: string,
	focus: boolean,
	size: number,
	colour: string
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		...basemap('country-labels'),
		filter: ['==', ['get', 'focus'], focus],
		layout: {
			'text-field': ['upcase', ['get', 'name']],
			'text-font': FONT,
			'text-size': size,
			'text-letter-spacing': 0.18,
			'text-max-width': 8
		},
		paint: { 'text-color': colour, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1 }
	};
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** Drawn larger than the other cities. */
export const CAPITAL = 'kabul';

/** Places every reader looks for first win label collisions (lower sorts first). */
const LABEL_PRIORITY: ExpressionSpecification = [
	'match',
	['get', 'slug'],
	[CAPITAL, 'torkham', 'chaman'],
	0,
	['kandahar', 'peshawar', 'quetta', 'herat', 'chabahar', 'karachi'],
	1,
	2
];

/** A place's label (its text is each language's: see labelVariants). */
const placeLabel = (size: number, offset: number): SymbolLayerSpecification['layout'] => ({
	'text-font': FONT,
	'text-size': size,
	'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
	'text-radial-offset': offset,
	'text-justify': 'auto',
	'text-max-width': 9,
	'text-optional': true,
	'symbol-sort-key': LABEL_PRIORITY
});

const labelPaint = {
	'text-color': PALETTE.placeLabel,
	'text-halo-color': PALETTE.halo,
	'text-halo-width': 1.4
};

/** Route line styles by mode: the mode shows in width and casing, the status in colour and dash. */
function routeLayers(id: LayerId, severity: Severity): LayerSpecification[] {
	const prefix = stylePrefix(id);
	const source = id;
	const byMode = (mode: string): ExpressionSpecification => ['==', ['get', 'mode'], mode];
	const colour = severityColour(severity);
	const dash = severityDash(severity);
	const { road, rail, sea, air } = ROUTE_LOOK;
	return [
		{
			id: `${prefix}casing`,
			type: 'line',
			source,
			filter: ['in', ['get', 'mode'], ['literal', ['road', 'rail']]],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': PALETTE.casing, 'line-width': road.casing! }
		},
		{
			id: `${prefix}rail-ties`,
			type: 'line',
			source,
			filter: byMode('rail'),
			paint: {
				'line-color': colour,
				'line-width': rail.ties!.width,
				'line-dasharray': [...rail.ties!.dash]
			}
		},
		{
			id: `${prefix}line`,
			type: 'line',
			source,
			filter: ['in', ['get', 'mode'], ['literal', ['road', 'rail']]],
			layout: { 'line-join': 'round' },
			paint: { 'line-color': colour, 'line-width': road.width, 'line-dasharray': dash }
		},
		{
			id: `${prefix}sea`,
			type: 'line',
			source,
			filter: byMode('sea'),
			layout: { 'line-join': 'round' },
			paint: { 'line-color': colour, 'line-width': sea.width, 'line-dasharray': dash }
		},
		{
			id: `${prefix}air`,
			type: 'line',
			source,
			filter: byMode('air'),
			paint: { 'line-color': colour, 'line-width': air.width, 'line-dasharray': dash }
		}
	];
}

/** Per-layer parts of the opening view (see InitialView). */
interface LayerView {
	severity: Severity;
	selected: string;
	/** The Durand Line's label in the languages known (the others wait with none). */
	durandLabels: Partial<Record<Lang, string>>;
}

/** A place label's text in each language: the feature's label in it (see point-features.ts). */
const placeLabelIn = (lang: Lang): ExpressionSpecification => ['get', labelProperty(lang)];

function registryLayers(layer: LayerDefinition, view: LayerView): LayerSpecification[] {
	const id = layer.id as LayerId;
	const prefix = stylePrefix(id);
	switch (layer.source.type) {
		case 'border':
			return [
				{
					id: `${prefix}casing`,
					type: 'line',
					source: id,
					filter: ['==', ['geometry-type'], 'LineString'],
					paint: {
						'line-color': BORDER_LOOK.casing.colour,
						'line-width': BORDER_LOOK.casing.width,
						'line-opacity': BORDER_LOOK.casing.opacity
					}
				},
				{
					id: `${prefix}line`,
					type: 'line',
					source: id,
					filter: ['==', ['geometry-type'], 'LineString'],
					layout: { 'line-join': 'round' },
					paint: {
						'line-color': BORDER_LOOK.colour,
						'line-width': BORDER_LOOK.width,
						'line-dasharray': [...BORDER_LOOK.dash]
					}
				},
				...labelVariants(
					{
						id: `${prefix}label`,
						type: 'symbol',
						source: id,
						filter: ['==', ['get', 'role'], 'label'],
						layout: {
							'text-font': FONT,
							'text-size': 12,
							'text-anchor': ['get', 'label_anchor'],
							'text-radial-offset': 0.9,
							'text-letter-spacing': 0.04,
							// The strongest line on the map always keeps its name; lesser labels make room.
							'text-allow-overlap': true
						},
						paint: { ...labelPaint, 'text-color': PALETTE.border }
					},
					(lang) => view.durandLabels[lang] ?? ''
				)
			];
		case 'points': {
			const ring: LayerSpecification = {
				id: `${prefix}selected`,
				type: 'circle',
				source: id,
				filter: ['==', ['get', 'slug'], view.selected],
				paint: {
					'circle-radius': 14,
					'circle-color': 'rgba(0,0,0,0)',
					'circle-stroke-color': PALETTE.border,
					'circle-stroke-width': 2.5
				}
			};
			if (layer.source.kinds.includes('crossing')) {
				return [
					ring,
					// A crossing's marker and its name are one symbol, placed together.
					...labelVariants(
						{
							id: `${prefix}markers`,
							type: 'symbol',
							source: id,
							layout: {
								'icon-image': ['get', 'marker'],
								'icon-size': 0.8,
								'icon-allow-overlap': true,
								...placeLabel(13, 1.1)
							},
							paint: labelPaint
						},
						placeLabelIn
					)
				];
			}
			// The capital drawn larger, as layers of its own (see countryLabels on why not expressions).
			const capital: ExpressionSpecification = ['==', ['get', 'slug'], CAPITAL];
			const dots = (suffix: string, filter: FilterSpecification, radius: number) => ({
				id: `${prefix}${suffix}`,
				type: 'circle' as const,
				source: id,
				filter,
				paint: {
					'circle-radius': radius,
					'circle-color': PALETTE.placeLabel,
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 1.5
				}
			});
			const labels = (suffix: string, filter: FilterSpecification, size: number) =>
				labelVariants(
					{
						id: `${prefix}${suffix}`,
						type: 'symbol',
						source: id,
						filter,
						layout: placeLabel(size, 0.6),
						paint: labelPaint
					},
					placeLabelIn
				);
			return [
				ring,
				dots('dots', ['!', capital], 3.5),
				dots('dots-capital', capital, 5.5),
				...labels('labels', ['!', capital], 12),
				...labels('labels-capital', capital, 15)
			];
		}
		case 'route':
			return routeLayers(id, view.severity);
		case 'incidents':
			return [incidentMarkers(prefix, id)];
	}
}

/**
 * Incidents as one symbol layer: each feature carries its icon (the type's shape), its scale (by
 * deaths) and its opacity (by age), worked out for the view (see incidentFeatures), so a new date
 * is new data and never a new style. Smaller markers draw over larger ones.
 */
function incidentMarkers(prefix: string, source: LayerId): LayerSpecification {
	return {
		id: `${prefix}markers`,
		type: 'symbol',
		source,
		layout: {
			'icon-image': ['get', 'icon'],
			'icon-size': ['get', 'scale'],
			'icon-allow-overlap': true,
			'icon-ignore-placement': true,
			'symbol-sort-key': ['-', ['get', 'scale']]
		},
		paint: { 'icon-opacity': ['get', 'fade'] }
	};
}

/**
 * Routes draw beneath the border, the border beneath the places, then crossings, and incidents
 * on top: MapLibre places labels from the top layer down, so crossing names win over town names
 * beside them; incident markers take no room from labels (they ignore placement).
 */
function drawOrder(layer: LayerDefinition): number {
	if (layer.source.type === 'route') return 0;
	if (layer.source.type === 'border') return 1;
	if (layer.source.type === 'incidents') return 4;
	return layer.source.kinds.includes('crossing') ? 3 : 2;
}

/** The route casings' white, a little translucent so the land shows at the edges. */
const CASING_OPACITY = 0.9;

/**
 * How the style shows or hides a registry layer's style layer. A layer hidden by `visibility` is
 * left out of MapLibre's layout, which costs nothing until it is shown: MapLibre then lays its
 * source out again before it draws, a second frame before the map is idle. So a route (lines
 * only) opens hidden by `visibility`, and once the map has drawn (`ready`) every route is laid out
 * and shows or hides by its opacity: a toggle is then one repaint. A layer with labels hides by
 * `visibility`, since a transparent label in its place would still push others aside; only the
 * labels waiting in another language are transparent, beneath everything (see labelVariantId).
 */
export function shownProperties(
	layer: LayerDefinition,
	styleLayerId: string,
	shown: boolean,
	ready = false,
	labels: MapLabels = { lang: 'en', laidOut: ['en'] }
): {
	layout: { visibility: 'visible' | 'none' };
	paint: { 'line-opacity'?: number; 'text-opacity'?: number; 'icon-opacity'?: number };
} {
	const visibility = (on: boolean) => (on ? 'visible' : 'none') as 'visible' | 'none';
	// A label layer in another language is laid out only once asked for, and never drawn.
	const labelLang = labelLanguage(styleLayerId);
	if (labelLang) {
		const opacity = labelLang === labels.lang ? 1 : 0;
		const laidOut = opacity === 1 || labels.laidOut.includes(labelLang);
		return {
			layout: { visibility: visibility(shown && laidOut) },
			paint: { 'text-opacity': opacity, 'icon-opacity': opacity }
		};
	}
	if (layer.source.type !== 'route')
		return { layout: { visibility: visibility(shown) }, paint: {} };
	const opacity = styleLayerId.endsWith(':casing') ? CASING_OPACITY : 1;
	return {
		layout: { visibility: visibility(shown || ready) },
		paint: { 'line-opacity': shown ? opacity : 0 }
	};
}

/** Whether a style layer draws on `map` now: shown, and not made transparent (shownProperties). */
export function isDrawn(map: MapLibreMap, styleLayerId: string): boolean {
	if (map.getLayoutProperty(styleLayerId, 'visibility') === 'none') return false;
	if (labelLanguage(styleLayerId)) return map.getPaintProperty(styleLayerId, 'text-opacity') !== 0;
	const line = map.getLayer(styleLayerId)?.type === 'line';
	return !line || map.getPaintProperty(styleLayerId, 'line-opacity') !== 0;
}

/** Which language the map's labels are drawn in, and which others are laid out, ready to show. */
export interface MapLabels {
	lang: Lang;
	laidOut: readonly Lang[];
}

/**
 * The state a map opens in. The style is built already showing it, so the first frame is the
 * finished one: changing a filter, a dash or a label after load would lay every tile out again.
 */
export interface InitialView {
	visible: ReadonlySet<LayerId>;
	routeSeverity?: Partial<Record<LayerId, Severity>>;
	selected?: string | null;
	/** The language of the labels. */
	lang?: Lang;
	/** The Durand Line's label in `lang`. */
	durandLabel?: string;
}

export function buildStyle({
	visible,
	routeSeverity = {},
	selected = null,
	lang = 'en',
	durandLabel = t(lang, 'map.durandLabel')
}: InitialView): StyleSpecification {
	// Country fills cover all the land in the region, so the land is not drawn.
	const sources: StyleSpecification['sources'] = { [BASEMAP_SOURCE]: basemapSource };
	for (const layer of LAYERS) {
		// The incidents file holds every incident; the map shows those of the view's window only,
		// as data made for the view (LiveMap.showIncidents).
		sources[layer.id] =
			layer.source.type === 'incidents'
				? { type: 'geojson', data: EMPTY }
				: { type: 'geojson', data: layerDataPath(layer.id), promoteId: 'slug' };
	}
	const waiting = (styleLayerId: string) => ![null, lang].includes(labelLanguage(styleLayerId));
	const overlay = [...LAYERS]
		.sort((a, b) => drawOrder(a) - drawOrder(b))
		.flatMap((layer) =>
			registryLayers(layer, {
				severity: routeSeverity[layer.id as LayerId] ?? 'unknown',
				selected: selected ?? '',
				durandLabels: { [lang]: durandLabel }
			}).map((styleLayer) => {
				const shown = shownProperties(layer, styleLayer.id, visible.has(layer.id), false, {
					lang,
					laidOut: [lang]
				});
				return {
					...styleLayer,
					layout: { ...styleLayer.layout, ...shown.layout },
					paint: { ...('paint' in styleLayer ? styleLayer.paint : {}), ...shown.paint }
				} as LayerSpecification;
			})
		);
	return {
		version: 8,
		// No `glyphs`: MapLibre then draws labels with the page's own (self-hosted) fonts.
		sources,
		// Labels in the other languages wait beneath everything (see labelVariantId).
		layers: [
			...overlay.filter((layer) => waiting(layer.id)),
			...basemapLayers(),
			...overlay.filter((layer) => !waiting(layer.id))
		],
		// A new date's colours and a toggled route show at once: no fade, which would put off the
		// map's next idle by its length (300 ms by default), and none for readers who avoid motion.
		transition: { duration: 0, delay: 0 }
	};
}
