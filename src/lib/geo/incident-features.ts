/**
 * Incidents as GeoJSON: the whole record as the layer's download (each feature carrying its
 * casualties per source and its sources in full, so a reader of the file, and the page's list and
 * card, need nothing else), and the few properties the map draws a window of them with.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
	INCIDENT_ICON_RADIUS,
	INCIDENT_LOOK,
	incidentIcon,
	incidentRadius
} from '$lib/data/encoding';
import { incidentPoint, incidentsInWindow, mostReportedDeaths } from '$lib/data/incidents';
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
					description: incident.description,
					sources: incident.sources.flatMap((id) => (sources[id] ? [sources[id]] : []))
				}
			}
		];
	});
	return { type: 'FeatureCollection', features };
}

/** What the map draws an incident with: its shape, its scale and its fading with age. */
export interface IncidentMarkerProperties {
	id: string;
	icon: string;
	/** icon-size: the marker's radius over the icon's. */
	scale: number;
	/** icon-opacity: 1 on the date, fading to INCIDENT_LOOK.oldestOpacity at the window's start. */
	fade: number;
}

/** The markers of the incidents in the `days` days up to `date`, from features sorted by date. */
export function incidentMarkers(
	sorted: readonly IncidentFeature[],
	date: string,
	days: number
): FeatureCollection<Point, IncidentMarkerProperties> {
	const oldest = INCIDENT_LOOK.oldestOpacity;
	const dateOf = (feature: IncidentFeature) => feature.properties.date;
	const features = incidentsInWindow(sorted, dateOf, date, days).map(
		({ item: feature, age }): Feature<Point, IncidentMarkerProperties> => {
			const { id, type, deaths } = feature.properties;
			return {
				type: 'Feature',
				geometry: feature.geometry,
				properties: {
					id,
					icon: incidentIcon(type),
					scale: Math.round((incidentRadius(deaths ?? 0) / INCIDENT_ICON_RADIUS) * 1000) / 1000,
					fade: days <= 1 ? 1 : Math.round((1 - ((1 - oldest) * age) / (days - 1)) * 1000) / 1000
				}
			};
		}
	);
	return { type: 'FeatureCollection', features };
}
