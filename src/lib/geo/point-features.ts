/**
 * Point locations as GeoJSON features carrying their status on a date, ready for the map and the
 * /data downloads. Status comes from the one status function (placeStatusOn), never from the map.
 *
 * @example pointFeatures(locations, ['crossing'], '2025-10-20') // Torkham has status "closed"
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { lookupIn, placeStatusOn } from '$lib/data/place-status';
import { severityMarker } from '$lib/data/encoding';
import { SEVERITY_OF, type Severity, type Status } from '$lib/data/vocabulary';
import type { LocationKind, MapLocation } from '$lib/data/types';
import { shortName } from '$lib/data/labels';
import type { Lang } from '$lib/i18n';

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
	date: string,
	lang: Lang = 'en'
): FeatureCollection<Point, PointProperties> {
	const places = lookupIn(locations);
	const features = locations
		.filter((location) => location.geometry && kinds.includes(location.kind))
		.map((location): Feature<Point, PointProperties> => {
			const { status, since } = placeStatusOn(location, date, places);
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
