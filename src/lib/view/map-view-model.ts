/**
 * What a map view shows for a date, derived from the data alone (no pixels): point features with
 * their status, each route's status, and the summary sentence. Shared by / and /embed.
 */
import type { FeatureCollection, Point } from 'geojson';
import { LAYERS, type LayerId } from '$lib/layers/registry';
import { pointFeatures, type PointProperties } from '$lib/geo/point-features';
import { lookupIn, placeStatusOn } from '$lib/data/place-status';
import { SEVERITY_OF, type Severity } from '$lib/data/vocabulary';
import { summarySentence } from '$lib/i18n/phrases';
import type { MapLocation } from '$lib/data/types';
import type { Lang } from '$lib/i18n';

/** Point features per point layer. */
export type PointData = Partial<Record<LayerId, FeatureCollection<Point, PointProperties>>>;

export interface MapViewModel {
	points: PointData;
	routeSeverity: Partial<Record<LayerId, Severity>>;
	summary: string;
}

export function mapViewModel(
	locations: readonly MapLocation[],
	date: string,
	lang: Lang = 'en'
): MapViewModel {
	const places = lookupIn(locations);
	const points: MapViewModel['points'] = {};
	const routeSeverity: MapViewModel['routeSeverity'] = {};
	for (const layer of LAYERS) {
		const source = layer.source;
		if (source.type === 'points') {
			points[layer.id] = pointFeatures(
				locations,
				source.kinds,
				(place) => placeStatusOn(place, date, places),
				lang
			);
		} else if (source.type === 'route') {
			const corridor = places(source.corridor);
			if (!corridor) continue;
			const { status } = placeStatusOn(corridor, date, places);
			routeSeverity[layer.id] = SEVERITY_OF[status];
		}
	}
	return { points, routeSeverity, summary: summarySentence(locations, date, lang) };
}
