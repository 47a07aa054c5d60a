/**
 * Incidents as GeoJSON, built at build time: the whole record as the layer's download (each
 * feature carrying its casualties per source, its sources in full and its marker's radius, so a
 * reader of the file, and the page's map, list and card, need nothing else). The markers of a
 * window are made in the browser by incident-markers.ts.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { incidentPoint, mostReportedDeaths } from '$lib/data/incidents';
import { incidentRadius } from '$lib/data/incident-scale';
import type {
	CasualtyReport,
	Incident,
	IncidentType,
	LocationPrecision,
	Source
} from '$lib/data/types';

/** What a feature of the incidents file carries: the record, its sources resolved. */
export interface IncidentProperties {
	id: string;
	date: string;
	time: string | null;
	until: string | null;
	type: IncidentType;
	place: string;
	precision: LocationPrecision;
	/** The location slug whose point is used, or null for a point of the incident's own. */
	location_place: string | null;
	location_note: string | null;
	/** Sources of the point (or of the place's point, when it stands at a place). */
	location_sources: string[];
	by: string;
	against: string | null;
	casualties: CasualtyReport[];
	/** The most deaths one source reports (the marker's size), null when none gives a figure. */
	deaths: number | null;
	/** The marker's radius in pixels, from `deaths` on the d3 size scale ($lib/data/incident-scale). */
	radius: number;
	description: string;
	sources: Source[];
}

export type IncidentFeature = Feature<Point, IncidentProperties>;

/** A place's point and sources, for incidents that stand at a place. */
export interface PlacePoint {
	coordinates: readonly [number, number];
	sources: readonly string[];
}

export function incidentCollection(
	incidents: readonly Incident[],
	placePoint: (slug: string) => PlacePoint | null,
	sources: Readonly<Record<string, Source>>
): FeatureCollection<Point, IncidentProperties> {
	const features = incidents.flatMap((incident): IncidentFeature[] => {
		const point = incidentPoint(incident, (slug) => placePoint(slug)?.coordinates);
		if (!point) return [];
		const { location } = incident;
		return [
			{
				type: 'Feature',
				id: incident.id,
				geometry: { type: 'Point', coordinates: point },
				properties: {
					id: incident.id,
					date: incident.date,
					time: incident.time ?? null,
					until: incident.until ?? null,
					type: incident.type,
					place: incident.place,
					precision: location.precision,
					location_place: location.place ?? null,
					location_note: location.note ?? null,
					location_sources: [
						...(location.sources ??
							(location.place ? (placePoint(location.place)?.sources ?? []) : []))
					],
					by: incident.parties.by,
					against: incident.parties.against ?? null,
					casualties: incident.casualties,
					deaths: mostReportedDeaths(incident),
					radius: incidentRadius(mostReportedDeaths(incident)),
					description: incident.description,
					sources: incident.sources.flatMap((id) => (sources[id] ? [sources[id]] : []))
				}
			}
		];
	});
	return { type: 'FeatureCollection', features };
}
