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

/**
 * A feature of a month file (/data/incidents/<YYYY-MM>.json): the layer file's feature with its
 * sources as ids, which the index's table resolves. At scale most of the layer file is the same
 * sources written out again for every incident that cites them.
 */
export type IncidentRecordProperties = Omit<IncidentProperties, 'sources'> & { sources: string[] };
export type IncidentRecordFeature = Feature<Point, IncidentRecordProperties>;

/** The index of the month files (/data/incidents/index.json). */
export interface IncidentIndex {
	/** Each `YYYY-MM` month with incidents, oldest first, and how many it has. */
	months: Record<string, number>;
	/** Every source the incidents cite, by id. */
	sources: Record<string, Source>;
}

/** The index of a layer file's features, filed by the month of their (first) date. */
export function incidentIndex(
	collection: FeatureCollection<Point, IncidentProperties>
): IncidentIndex {
	const months: Record<string, number> = {};
	const sources: Record<string, Source> = {};
	const features = [...collection.features].sort((a, b) =>
		a.properties.date < b.properties.date ? -1 : a.properties.date > b.properties.date ? 1 : 0
	);
	for (const { properties } of features) {
		const month = properties.date.slice(0, 7);
		months[month] = (months[month] ?? 0) + 1;
		for (const source of properties.sources) sources[source.id] = source;
	}
	return { months, sources };
}

/** The features of one `YYYY-MM` month, in the layer file's order, their sources as ids. */
export function incidentMonth(
	collection: FeatureCollection<Point, IncidentProperties>,
	month: string
): FeatureCollection<Point, IncidentRecordProperties> {
	const features = collection.features
		.filter((feature) => feature.properties.date.startsWith(`${month}-`))
		.map((feature): IncidentRecordFeature => ({
			...feature,
			properties: {
				...feature.properties,
				sources: feature.properties.sources.map((source) => source.id)
			}
		}));
	return { type: 'FeatureCollection', features };
}
