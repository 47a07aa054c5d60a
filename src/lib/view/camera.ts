import { REGION } from '$lib/geo/region';

/** The map's camera, as in the `map=<zoom>/<lat>/<lon>` URL parameter (OpenStreetMap's order). */
export interface Camera {
	zoom: number;
	lat: number;
	lon: number;
}

/** Shows both crossings, Kabul and the Chabahar corridor on a laptop screen. */
export const DEFAULT_CAMERA: Camera = { zoom: 4.6, lat: 30.6, lon: 65.8 };

export const MIN_ZOOM = 3;
export const MAX_ZOOM = 11;

/** The map may not be panned past the basemap's edge. */
export const MAX_BOUNDS = REGION;
