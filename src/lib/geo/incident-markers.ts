/**
 * The markers of the incidents in a view's window, made in the browser for each date and window
 * from the incidents file's features (see incident-features.ts).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { INCIDENT_ICON_RADIUS, INCIDENT_LOOK, incidentIcon } from '$lib/data/encoding';
import { incidentsInWindow } from '$lib/data/incidents';
import type { IncidentFeature } from './incident-features';

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
			const { id, type, radius } = feature.properties;
			return {
				type: 'Feature',
				geometry: feature.geometry,
				properties: {
					id,
					icon: incidentIcon(type),
					scale: Math.round((radius / INCIDENT_ICON_RADIUS) * 1000) / 1000,
					fade: days <= 1 ? 1 : Math.round((1 - ((1 - oldest) * age) / (days - 1)) * 1000) / 1000
				}
			};
		}
	);
	return { type: 'FeatureCollection', features };
}
