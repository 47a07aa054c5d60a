/**
 * Point locations as GeoJSON features carrying a status each, ready for the map and the /data
 * downloads. The statuses are given: they come from the one status function (placeStatusOn, in the
 * view model and the layer files), never from geometry code or the map. Each carries its label in
 * every language, so a change of language gives the map no new data (it draws another layer of
 * labels: see labelVariantId in map/style.ts).
 *
 * @example pointFeatures(locations, ['crossing'], (place) => placeStatusOn(place, '2025-10-20', lookup))
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceStatus } from '$lib/data/place-status';
import { severityMarker } from '$lib/data/encoding';
import { SEVERITY_OF, type Severity, type Status } from '$lib/data/vocabulary';
import type { LocationKind, MapLocation } from '$lib/data/types';
import { shortName } from '$lib/data/labels';
import { LANGS, type Lang } from '$lib/languages';

/** The feature property holding a place's map label in `lang`: `label`, `label_ps` … */
export const labelProperty = (lang: Lang): keyof LabelProperties =>
	lang === 'en' ? 'label' : (`label_${lang}` as const);

/** The short name the map labels show: `label` in English, `label_ps` … in the other languages. */
type LabelProperties = { label: string } & Record<`label_${Exclude<Lang, 'en'>}`, string>;

export interface PointProperties extends LabelProperties {
	slug: string;
	kind: LocationKind;
	name: string;
	name_ps: string | null;
	name_fa: string | null;
	name_ur: string | null;
	status: Status;
	severity: Severity;
	marker: string;
	since: string | null;
	geometry_note: string | null;
}

/** A place's short name in every language (see labelProperty). */
const labels = (location: MapLocation) =>
	Object.fromEntries(
		LANGS.map((lang) => [labelProperty(lang), shortName(location.names, lang)])
	) as LabelProperties;

export function pointFeatures(
	locations: readonly MapLocation[],
	kinds: readonly LocationKind[],
	statusOf: (location: MapLocation) => Pick<PlaceStatus, 'status' | 'since'>
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
					...labels(location),
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
