/**
 * The /data downloads: every table the site shows, as CSV with source URLs. One entry per file;
 * the /data page, the server route and the tests all read this list.
 */
import { closures } from '$lib/data/closures';
import { countRange } from '$lib/data/incidents';
import type { CasualtyReport, Source } from '$lib/data/types';
import type { IncidentFeature } from '$lib/geo/incident-features';
import type { LayerId } from '$lib/layers/registry';
import type { Geodata } from './geodata';
import { layerGeojson } from './layer-data';
import { toCsv } from './csv';

type Table = { name: string; title: string; description: string; build: (data: Geodata) => string };

const urls = (data: Geodata, ids: readonly string[]) =>
	ids.map((id) => data.sources[id]?.url ?? id).join(' ');

/**
 * What a layer file holds where the layer's own description (what the map shows) would mislead:
 * the map shows the incidents of a window of days, the file all of them.
 */
export const LAYER_FILE_DESCRIPTIONS: Partial<Record<LayerId, string>> = {
	incidents:
		'Every incident recorded, a point each, with its casualties per source and its sources in full'
};

/** The outlet that did the reporting: the original, where the copy we read is a mirror. */
const outlet = (source: Source | undefined) => source?.mirror_of ?? source?.publisher;

type Headcount = 'killed' | 'injured' | 'civilians_killed' | 'civilians_injured';

/** `killed_min` and `killed_max` of one report: equal where the source gives one number. */
function headcountColumns(field: Headcount) {
	const range = ({ report }: { report: CasualtyReport | null }) =>
		report ? countRange(report[field]) : null;
	return {
		[`${field}_min`]: (row: { report: CasualtyReport | null }) => range(row)?.min,
		[`${field}_max`]: (row: { report: CasualtyReport | null }) => range(row)?.max
	};
}

export const CSV_TABLES: readonly Table[] = [
	{
		name: 'locations',
		title: 'Locations',
		description:
			'Every place and route: kind, names in four languages, coordinates and how exact they are',
		build: (data) =>
			toCsv(data.locations, {
				slug: (l) => l.slug,
				kind: (l) => l.kind,
				name_en: (l) => l.names.en,
				name_ps: (l) => l.names.ps,
				name_fa: (l) => l.names.fa,
				name_ur: (l) => l.names.ur,
				country: (l) => l.country,
				lon: (l) => l.geometry?.coordinates[0],
				lat: (l) => l.geometry?.coordinates[1],
				geometry_note: (l) => l.geometry_note,
				summary: (l) => l.summary
			})
	},
	{
		name: 'status-periods',
		title: 'Status periods',
		description: 'Each dated status of each place: from, to (empty while ongoing), status, scope',
		build: (data) =>
			toCsv(
				data.locations.flatMap((l) => l.status.map((period) => ({ l, period }))),
				{
					slug: ({ l }) => l.slug,
					from: ({ period }) => period.from,
					to: ({ period }) => period.to,
					status: ({ period }) => period.status,
					scope: ({ period }) => period.scope,
					note: ({ period }) => period.note,
					source_urls: ({ period }) => urls(data, period.sources)
				}
			)
	},
	{
		name: 'closures',
		title: 'Closures',
		description: 'Closure episodes with their length in days, counted up to the data’s as-of date',
		build: (data) =>
			toCsv(
				data.locations.flatMap((l) => closures(l, data.asOf!).map((closure) => ({ l, closure }))),
				{
					slug: ({ l }) => l.slug,
					from: ({ closure }) => closure.from,
					to: ({ closure }) => closure.to,
					ongoing: ({ closure }) => (closure.to === null ? 'yes' : 'no'),
					status: ({ closure }) => closure.status,
					scope: ({ closure }) => closure.scope,
					days: ({ closure }) => closure.days,
					counted_to: () => data.asOf,
					source_urls: ({ closure }) => urls(data, closure.sources)
				}
			)
	},
	{
		name: 'figures',
		title: 'Trade-impact figures',
		description:
			'Each figure as its source gives it: several rows of one metric are a range, never averaged',
		build: (data) =>
			toCsv(
				data.locations.flatMap((l) => l.figures.map((figure) => ({ l, figure }))),
				{
					slug: ({ l }) => l.slug,
					metric: ({ figure }) => figure.metric,
					label: ({ figure }) => figure.label,
					value: ({ figure }) => (typeof figure.value === 'number' ? figure.value : null),
					value_min: ({ figure }) => (typeof figure.value === 'number' ? null : figure.value.min),
					value_max: ({ figure }) => (typeof figure.value === 'number' ? null : figure.value.max),
					unit: ({ figure }) => figure.unit,
					as_of: ({ figure }) => figure.as_of,
					until: ({ figure }) => figure.until,
					note: ({ figure }) => figure.note,
					source_url: ({ figure }) => urls(data, [figure.source])
				}
			)
	},
	{
		name: 'events',
		title: 'Events',
		description: 'Dated events with a short summary in our words',
		build: (data) =>
			toCsv(
				data.locations.flatMap((l) => l.events.map((event) => ({ l, event }))),
				{
					slug: ({ l }) => l.slug,
					date: ({ event }) => event.date,
					until: ({ event }) => event.until,
					title: ({ event }) => event.title,
					summary: ({ event }) => event.summary,
					source_urls: ({ event }) => urls(data, event.sources)
				}
			)
	},
	{
		name: 'incidents',
		title: 'Incidents',
		description:
			'Strikes, clashes, shelling, drone strikes and attacks: a row per incident and casualty report, each source’s figures on their own row, never added up',
		build: (data) =>
			toCsv(
				(layerGeojson('incidents', data).features as IncidentFeature[]).flatMap(
					({ geometry, properties: incident }) => {
						// An incident no source gives figures for still has its row.
						const reports: (CasualtyReport | null)[] =
							incident.casualties.length > 0 ? incident.casualties : [null];
						return reports.map((report, index) => ({
							incident,
							point: geometry.coordinates,
							report,
							number: index + 1
						}));
					}
				),
				{
					incident_id: ({ incident }) => incident.id,
					date: ({ incident }) => incident.date,
					until: ({ incident }) => incident.until,
					time: ({ incident }) => incident.time,
					type: ({ incident }) => incident.type,
					place: ({ incident }) => incident.place,
					lon: ({ point }) => point[0],
					lat: ({ point }) => point[1],
					precision: ({ incident }) => incident.precision,
					location_place: ({ incident }) => incident.location_place,
					by: ({ incident }) => incident.by,
					against: ({ incident }) => incident.against,
					description: ({ incident }) => incident.description,
					most_deaths_reported: ({ incident }) => incident.deaths,
					report_number: ({ number }) => number,
					reports: ({ incident }) => incident.casualties.length,
					report_source_id: ({ report }) => report?.source,
					report_publisher: ({ report }) => report && outlet(data.sources[report.source]),
					report_url: ({ report }) => report && urls(data, [report.source]),
					...headcountColumns('killed'),
					...headcountColumns('injured'),
					...headcountColumns('civilians_killed'),
					...headcountColumns('civilians_injured'),
					report_note: ({ report }) => report?.note,
					source_ids: ({ incident }) => incident.sources.map((source) => source.id).join(' '),
					source_publishers: ({ incident }) => incident.sources.map(outlet).join('; '),
					source_urls: ({ incident }) => incident.sources.map((source) => source.url).join(' ')
				}
			)
	},
	{
		name: 'sources',
		title: 'Sources',
		description: 'Every source cited: publisher, title, publication date, URL',
		build: (data) =>
			toCsv(Object.values(data.sources), {
				id: (s) => s.id,
				publisher: (s) => s.publisher,
				title: (s) => s.title,
				published: (s) => s.published,
				url: (s) => s.url,
				mirror_of: (s) => s.mirror_of
			})
	}
];
