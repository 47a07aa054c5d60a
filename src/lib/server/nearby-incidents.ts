/**
 * The incidents near each place, for its page's list and its small map: one function, so the
 * list and the map always show the same incidents.
 */
import { circle, lineString } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import type { IncidentFeature } from '$lib/geo/incident-features';
import { incidentsNear, NEARBY_RADIUS_KM, type NearbyIncident } from '$lib/geo/incidents-near';
import type { Location } from '$lib/data/types';
import type { Geodata } from './geodata';
import { layerGeojson } from './layer-data';

/*
 * The layer file's features (points resolved, sources in full), made once per build rather than
 * once per page: a build has a page per place.
 */
const featuresOf = new WeakMap<Geodata, IncidentFeature[]>();
function incidentFeatures(data: Geodata): IncidentFeature[] {
	if (!featuresOf.has(data))
		featuresOf.set(data, layerGeojson('incidents', data).features as IncidentFeature[]);
	return featuresOf.get(data)!;
}

const nearbyOf = new WeakMap<Location, NearbyIncident<IncidentFeature>[] | null>();

/**
 * The incidents within NEARBY_RADIUS_KM of a place, newest first, or null for a place without a
 * point (the border, a corridor): a line has no "near". Once per place and build: its page and
 * its map both ask.
 */
export function nearbyIncidents(
	location: Location,
	data: Geodata
): NearbyIncident<IncidentFeature>[] | null {
	if (!nearbyOf.has(location))
		nearbyOf.set(
			location,
			location.geometry
				? incidentsNear(incidentFeatures(data), location.geometry.coordinates)
				: null
		);
	return nearbyOf.get(location)!;
}

/** The circle of NEARBY_RADIUS_KM around a place, as a line for its map. */
export function nearbyRing(location: Location): Feature<LineString> | null {
	if (!location.geometry) return null;
	const disc = circle(location.geometry.coordinates, NEARBY_RADIUS_KM, {
		steps: 72,
		units: 'kilometers'
	});
	// Its outline as a line: d3-geo would read a polygon's winding as inside or outside.
	return lineString(disc.geometry.coordinates[0]!);
}
