// The bare page's map: the app's basemap and layer GeoJSON files from the same server, drawn with
// comparable style layers, one checkbox per layer, and the same test hooks as the app's map
// (data-map-state after the first idle, data-rendered-layers on every idle), so one measuring
// function serves both pages. Everything page-specific comes from the query string:
//   ?layers=<id,…>    every layer, in the app's panel order
//   &visible=<id,…>   the layers shown at start
//   &map=<zoom>/<lat>/<lon>
//   &size=<width>x<height>  the map's size in CSS pixels (else the whole window)
//   &tiles=<url template>&tilezooms=<min>,<max>&bounds=<w,s,e,n>
//                     the basemap from the app's vector tiles, not the GeoJSON files: the bench's
//                     second twin, which shows what the app costs beyond the same data
import { Map as MapLibreMap, setWorkerUrl } from '../maplibre/maplibre-gl.mjs';

const params = new URLSearchParams(location.search);
const list = (name) => (params.get(name) ?? '').split(',').filter(Boolean);
const layerIds = list('layers');
const visible = new Set(list('visible'));
const [zoom, lat, lon] = (params.get('map') ?? '4.6/30.6/65.8').split('/').map(Number);
const size = /^(\d+)x(\d+)$/.exec(params.get('size') ?? '');

const BASEMAP = ['countries', 'boundaries', 'coastline', 'country-labels'];
const tiles = params.get('tiles');
const [minzoom, maxzoom] = (params.get('tilezooms') ?? '0,14').split(',').map(Number);
const bounds = params.get('bounds')?.split(',').map(Number);
/** A basemap layer's source: its GeoJSON file, or its layer of the vector tiles. */
const basemap = (name) => (tiles ? { source: 'basemap', 'source-layer': name } : { source: name });
const FONT = ['Noto Sans'];

/** Three style layers per app layer, split by geometry, as the app draws lines, points and labels. */
function overlay(id) {
	const visibility = visible.has(id) ? 'visible' : 'none';
	return [
		{
			id: `${id}:line`,
			type: 'line',
			source: id,
			filter: ['==', ['geometry-type'], 'LineString'],
			layout: { visibility, 'line-join': 'round' },
			paint: { 'line-color': '#1f1d1a', 'line-width': 2.6, 'line-dasharray': [3, 1.2] }
		},
		{
			id: `${id}:dots`,
			type: 'circle',
			source: id,
			filter: ['==', ['geometry-type'], 'Point'],
			layout: { visibility },
			paint: {
				'circle-radius': 4,
				'circle-color': '#2b2b2b',
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.5
			}
		},
		{
			id: `${id}:labels`,
			type: 'symbol',
			source: id,
			filter: ['==', ['geometry-type'], 'Point'],
			layout: {
				visibility,
				'text-field': ['coalesce', ['get', 'label'], ['get', 'name'], ''],
				'text-font': FONT,
				'text-size': 12,
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.6,
				'text-optional': true
			},
			paint: { 'text-color': '#2b2b2b', 'text-halo-color': '#fbfaf7', 'text-halo-width': 1.4 }
		}
	];
}

const style = {
	version: 8,
	sources: Object.fromEntries([
		...(tiles
			? [
					[
						'basemap',
						{
							type: 'vector',
							tiles: [tiles],
							minzoom,
							maxzoom,
							bounds
						}
					]
				]
			: BASEMAP.map((name) => [name, { type: 'geojson', data: `/data/basemap/${name}.geojson` }])),
		...layerIds.map((id) => [id, { type: 'geojson', data: `/data/layers/${id}.geojson` }])
	]),
	layers: [
		{ id: 'background', type: 'background', paint: { 'background-color': '#dce8ee' } },
		{
			id: 'countries',
			type: 'fill',
			...basemap('countries'),
			paint: { 'fill-color': ['case', ['get', 'focus'], '#e4ddcb', '#eeebe2'] }
		},
		{
			id: 'coastline',
			type: 'line',
			...basemap('coastline'),
			paint: { 'line-color': '#9db4c0', 'line-width': 0.8 }
		},
		{
			id: 'boundaries',
			type: 'line',
			...basemap('boundaries'),
			paint: { 'line-color': '#a3a09a', 'line-width': 0.9 }
		},
		{
			id: 'country-labels',
			type: 'symbol',
			...basemap('country-labels'),
			layout: { 'text-field': ['upcase', ['get', 'name']], 'text-font': FONT, 'text-size': 12 },
			paint: { 'text-color': '#5f5a4f', 'text-halo-color': '#fbfaf7', 'text-halo-width': 1 }
		},
		...layerIds.flatMap(overlay)
	]
};

const container = document.getElementById('map');
if (size) Object.assign(container.style, { width: `${size[1]}px`, height: `${size[2]}px` });
const panel = document.getElementById('layers');

async function start() {
	setWorkerUrl(new URL('../maplibre/maplibre-gl-worker.mjs', import.meta.url).href);
	// No glyph server: MapLibre draws labels with the page's font, which must have loaded first.
	await document.fonts.load(`400 16px "${FONT[0]}"`);
	const map = new MapLibreMap({ container, style, center: [lon, lat], zoom });
	map.once('idle', () => container.setAttribute('data-map-state', 'ready'));
	map.on('idle', () => {
		const shown = layerIds.filter(
			(id) => map.getLayoutProperty(`${id}:line`, 'visibility') !== 'none'
		);
		container.setAttribute('data-rendered-layers', shown.join(','));
	});
	map.on('error', (event) => {
		console.error(event.error);
		if (container.dataset.mapState === 'loading') container.dataset.mapState = 'error';
	});
	for (const id of layerIds) {
		const label = document.createElement('label');
		const input = Object.assign(document.createElement('input'), {
			type: 'checkbox',
			name: 'layer',
			value: id,
			checked: visible.has(id)
		});
		input.addEventListener('change', () => {
			for (const suffix of ['line', 'dots', 'labels']) {
				map.setLayoutProperty(`${id}:${suffix}`, 'visibility', input.checked ? 'visible' : 'none');
			}
		});
		label.append(input, ` ${id}`);
		panel.append(label);
	}
}

start().catch((error) => {
	console.error(error);
	container.dataset.mapState = 'error';
});
