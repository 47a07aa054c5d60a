/** The camera an embed of one place opens on: centred on it, close enough to see its neighbours. */
import { DEFAULT_CAMERA, type Camera } from './camera';
import type { MapLocation } from '$lib/data/types';

/** Zoom 6.5 shows about 250 km around a point on a 600 px wide embed. */
export const PLACE_ZOOM = 6.5;

/** Lines (the border, corridors) have no single point: their embeds keep the overview camera. */
export function embedCamera(location: Pick<MapLocation, 'geometry'>): Camera {
	if (!location.geometry) return { ...DEFAULT_CAMERA };
	const [lon, lat] = location.geometry.coordinates as [number, number];
	return { zoom: PLACE_ZOOM, lat, lon };
}
