/**
 * Point locations as GeoJSON features carrying a status each, ready for the map and the /data
 * downloads. The statuses are given: they come from the one status function (placeStatusOn, in the
 * view model and the layer files), never from geometry code or the map.
 *
 * @example pointFeatures(locations, ['crossing'], (place) => placeStatusOn(place, '2025-10-20', lookup))
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceStatus } from '$lib/data/place-status';
import { severityMarker } from '$lib/data/encoding';
import { SEVERITY_OF, type Severity, type Status } from '$lib/data/vocabulary';
import type { LocationKind, MapLocation } from '$lib/data/types';
import { shortName } from '$lib/data/labels';
import type { Lang } from '$lib/languages';

export interface PointProperties {
	slug: string;
	kind: LocationKind;
	name: string;
	/** The short name the map labels show. */
	label: string;
	name_ps: string | null;
	name_fa: string | null;
	name_ur: string | null;
	status: Status;
	severity: Severity;
	marker: string;
	since: string | null;
	geometry_note: string | null;
}

export function pointFeatures(
	locations: readonly MapLocation[],
	kinds: readonly LocationKind[],
	statusOf: (location: MapLocation) => Pick<PlaceStatus, 'status' | 'since'>,
	lang: Lang = 'en'
): FeatureCollection<Point, PointProperties> {
	const features = locations
		.filter((location) => location.geometry && kinds.includes(location.kind))
		.map((location): Feature<Point, PointProperties> => {
			const { status, since } = statusOf(location);
			const severity = SEVERITY_OF[status];
			return {
				type: 'Feature',
				id: location.slug,
				geometry: location.geometry!,
				properties: {
					slug: location.slug,
					kind: location.kind,
					name: location.names.en,
					label: shortName(location.names, lang),
					name_ps: location.names.ps ?? null,
					name_fa: location.names.fa ?? null,
					name_ur: location.names.ur ?? null,
					status,
					severity,
					marker: severityMarker(severity),
					since,
					geometry_note: location.geometry_note ?? null
				}
			};
		});
	return { type: 'FeatureCollection', features };
}
