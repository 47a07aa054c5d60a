/**
 * The /data downloads: every table the site shows, as CSV with source URLs. One entry per file;
 * the /data page, the server route and the tests all read this list.
 */
import { closures } from '$lib/data/closures';
import type { Geodata } from './geodata';
import { toCsv } from './csv';

type Table = { name: string; title: string; description: string; build: (data: Geodata) => string };

const urls = (data: Geodata, ids: readonly string[]) =>
	ids.map((id) => data.sources[id]?.url ?? id).join(' ');

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
