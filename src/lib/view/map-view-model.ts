/**
 * What a map view shows for a date, derived from the data alone (no pixels): point features with
 * their status (and their labels in every language), and each route's status. Shared by / and
 * /embed. It does not depend on the language: a change of language recomputes no status.
 */
import type { FeatureCollection, Point } from 'geojson';
import { LAYERS, type LayerId } from '$lib/layers/registry';
import { pointFeatures, type PointProperties } from '$lib/geo/point-features';
import { lookupIn, placeStatusOn } from '$lib/data/place-status';
import { SEVERITY_OF, type Severity } from '$lib/data/vocabulary';
import type { MapLocation } from '$lib/data/types';

/** Point features per point layer. */
export type PointData = Partial<Record<LayerId, FeatureCollection<Point, PointProperties>>>;

export interface MapViewModel {
	points: PointData;
	routeSeverity: Partial<Record<LayerId, Severity>>;
}

export function mapViewModel(locations: readonly MapLocation[], date: string): MapViewModel {
	const places = lookupIn(locations);
	const points: MapViewModel['points'] = {};
	const routeSeverity: MapViewModel['routeSeverity'] = {};
	for (const layer of LAYERS) {
		const source = layer.source;
		if (source.type === 'points') {
			points[layer.id] = pointFeatures(locations, source.kinds, (place) =>
				placeStatusOn(place, date, places)
			);
		} else if (source.type === 'route') {
			const corridor = places(source.corridor);
			if (!corridor) continue;
			const { status } = placeStatusOn(corridor, date, places);
			routeSeverity[layer.id] = SEVERITY_OF[status];
		}
	}
	return { points, routeSeverity };
}
