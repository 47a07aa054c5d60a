/**
 * The incidents within a radius of a point, with their straight-line (great-circle) distance:
 * what a place page lists under "Strikes and clashes within 50 km".
 *
 * @example incidentsNear(incidentCollection(…).features, [69.1783, 34.5253])
 * // [{ feature: { properties: { id: '2026-03-16-kabul-omid-hospital-airstrike', … } }, km: 0 }, …]
 */
import { distance } from '@turf/turf';
import type { Feature, Point, Position } from 'geojson';

/** How far from a place its page looks for incidents, in kilometres. */
export const NEARBY_RADIUS_KM = 50;

/** Roughly how many kilometres one degree of latitude spans (its shortest, at the equator). */
const KM_PER_DEGREE_LAT = 110.5;

export interface NearbyIncident<F> {
	feature: F;
	/** Great-circle distance from the point, in kilometres. */
	km: number;
}

/**
 * The features within `radiusKm` of `center` (the edge included), newest first; on the same day,
 * nearest first, then by id, so that every list of them reads the same way.
 */
export function incidentsNear<F extends Feature<Point, { id: string; date: string }>>(
	features: readonly F[],
	center: Position,
	radiusKm: number = NEARBY_RADIUS_KM
): NearbyIncident<F>[] {
	// A cheap latitude test first: most incidents of a large record are far away, and a degree of
	// latitude is never shorter than KM_PER_DEGREE_LAT (turf's sphere says 111.2).
	const maxDegrees = radiusKm / KM_PER_DEGREE_LAT;
	return features
		.flatMap((feature) => {
			if (Math.abs(feature.geometry.coordinates[1]! - center[1]!) > maxDegrees) return [];
			const km = distance(center, feature.geometry.coordinates, { units: 'kilometers' });
			return km <= radiusKm ? [{ feature, km }] : [];
		})
		.sort(
			(a, b) =>
				compare(b.feature.properties.date, a.feature.properties.date) ||
				a.km - b.km ||
				compare(a.feature.properties.id, b.feature.properties.id)
		);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
