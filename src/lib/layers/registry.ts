/**
 * The one registry of map layers. The map's style, the legend, the layer panel, the URL parser,
 * the /data downloads and the tests are all built from this list: adding a layer is one entry here.
 */
import type { Mode } from '$lib/data/types';

export type LayerGroup = 'base' | 'route' | 'events';

export interface LayerDefinition {
	/** Stable id used in URLs (`layers=`), checkbox values and file names; its title and one-line
	 * description are strings in i18n (`layers.<id>.title`, `layers.<id>.description`). */
	id: string;
	group: LayerGroup;
	/**
	 * What the layer draws: point locations of some kinds, the border line, or a corridor. A route's
	 * `mode` is the one its legend swatch shows (each leg draws in its own mode on the map).
	 */
	source:
		| { type: 'points'; kinds: ('crossing' | 'city' | 'port')[] }
		| { type: 'border'; file: string }
		| { type: 'route'; corridor: string; mode: Mode }
		/** Dated incidents (geodata/incidents/), shown for the `window=` days up to the date. */
		| { type: 'incidents' };
	visibleByDefault: boolean;
}

export const LAYERS = [
	{
		id: 'durand-line',
		group: 'base',
		source: { type: 'border', file: 'layers/durand-line.geojson' },
		visibleByDefault: true
	},
	{
		id: 'crossings',
		group: 'base',
		source: { type: 'points', kinds: ['crossing'] },
		visibleByDefault: true
	},
	{
		id: 'cities',
		group: 'base',
		source: { type: 'points', kinds: ['city', 'port'] },
		visibleByDefault: true
	},
	{
		id: 'chabahar-corridor',
		group: 'route',
		source: { type: 'route', corridor: 'chabahar-corridor', mode: 'road' },
		visibleByDefault: true
	},
	{
		id: 'karachi-torkham',
		group: 'route',
		source: { type: 'route', corridor: 'karachi-torkham', mode: 'road' },
		visibleByDefault: false
	},
	{
		id: 'quetta-chaman',
		group: 'route',
		source: { type: 'route', corridor: 'quetta-chaman', mode: 'road' },
		visibleByDefault: false
	},
	{
		id: 'bandar-abbas-herat',
		group: 'route',
		source: { type: 'route', corridor: 'bandar-abbas-herat', mode: 'road' },
		visibleByDefault: false
	},
	{
		id: 'central-asia',
		group: 'route',
		source: { type: 'route', corridor: 'central-asia', mode: 'road' },
		visibleByDefault: false
	},
	{
		id: 'air-corridor',
		group: 'route',
		source: { type: 'route', corridor: 'air-corridor', mode: 'air' },
		visibleByDefault: false
	},
	{
		id: 'incidents',
		group: 'events',
		source: { type: 'incidents' },
		visibleByDefault: false
	}
] as const satisfies readonly LayerDefinition[];

export type LayerId = (typeof LAYERS)[number]['id'];

export const LAYER_IDS: readonly LayerId[] = LAYERS.map((layer) => layer.id);

export const DEFAULT_LAYERS: readonly LayerId[] = LAYERS.filter(
	(layer) => layer.visibleByDefault
).map((layer) => layer.id);

export function isLayerId(value: string): value is LayerId {
	return (LAYER_IDS as readonly string[]).includes(value);
}

export function layerById(id: LayerId): LayerDefinition {
	return LAYERS.find((layer) => layer.id === id)!;
}

/** Same-origin path of a layer's GeoJSON, served (and prerendered) by /data/layers/[id].geojson. */
export function layerDataPath(id: LayerId): string {
	return `/data/layers/${id}.geojson`;
}

/**
 * Same-origin paths of the incidents as the page fetches them, month by month (served by
 * /data/incidents/…): the index of months and sources, and one month's file. The layer file
 * (layerDataPath('incidents')) stays the whole record, as a download.
 */
export const INCIDENT_INDEX_PATH = '/data/incidents/index.json';
export const incidentMonthPath = (month: string) => `/data/incidents/${month}.json`;

/**
 * Whether the layer files show a view as it is: they hold every place on the data's date (`asOf`),
 * labelled in every language. The map then draws them, with no data of its own to send.
 */
export const layerFilesShow = (date: string, asOf: string) => date === asOf;
