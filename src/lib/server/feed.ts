/**
 * Atom feeds (RFC 4287) of what the record says happened: every status change, event and incident,
 * newest first, for the whole map (/feed.xml) or one place (/locations/<slug>/feed.xml). Each entry
 * links to the map on its day, with the place selected, and names its sources. Built at build time.
 */
import { SITE_NAME, SITE_URL } from '$lib/site';
import { DEFAULT_LAYERS } from '$lib/layers/registry';
import type { Geodata } from './geodata';
import type { Incident, Location, Source } from '$lib/data/types';

export interface FeedEntry {
	/** A stable URN: the same fact keeps its id from build to build. */
	id: string;
	date: string;
	title: string;
	summary: string;
	/** The map on the entry's day, as a site path (`/?date=…&loc=…`). */
	path: string;
	kind: 'status' | 'event' | 'incident';
	sources: Source[];
}

/** `/?date=…&loc=…`, with the incidents layer on for an incident. */
function mapLink(date: string, loc: string | null, incidents = false): string {
	const params = new URLSearchParams({ date });
	if (loc) params.set('loc', loc);
	if (incidents) params.set('layers', [...DEFAULT_LAYERS, 'incidents'].join(','));
	return `/?${params.toString().replaceAll('%2C', ',')}`;
}

const sourcesOf = (ids: readonly string[], sources: Geodata['sources']) =>
	ids.flatMap((id) => (sources[id] ? [sources[id]] : []));

/** "per Dawn, Reuters (via Nagaland Post)": the outlets that did the reporting. */
function credit(sources: readonly Source[]): string {
	const names = sources.map((source) =>
		source.mirror_of ? `${source.mirror_of} (via ${source.publisher})` : source.publisher
	);
	return names.length ? `Sources: ${[...new Set(names)].join(', ')}.` : '';
}

function placeEntries(location: Location, sources: Geodata['sources']): FeedEntry[] {
	const name = location.names.en;
	const statuses = location.status.map((period, index): FeedEntry => {
		const cited = sourcesOf(period.sources, sources);
		const scope = period.scope === 'all' ? '' : ` (${period.scope})`;
		return {
			id: `urn:border-map:status:${location.slug}:${period.from}:${index}`,
			date: period.from,
			title: `${name}: ${period.status}${scope} from ${period.from}`,
			summary: [period.note, credit(cited)].filter(Boolean).join(' '),
			path: mapLink(period.from, location.slug),
			kind: 'status',
			sources: cited
		};
	});
	const events = location.events.map((event, index): FeedEntry => {
		const cited = sourcesOf(event.sources, sources);
		return {
			id: `urn:border-map:event:${location.slug}:${event.date}:${index}`,
			date: event.date,
			title: `${name}: ${event.title}`,
			summary: [event.summary, credit(cited)].filter(Boolean).join(' '),
			path: mapLink(event.date, location.slug),
			kind: 'event',
			sources: cited
		};
	});
	return [...statuses, ...events];
}

function incidentEntry(incident: Incident, sources: Geodata['sources']): FeedEntry {
	const cited = sourcesOf(incident.sources, sources);
	return {
		id: `urn:border-map:incident:${incident.id}`,
		date: incident.date,
		title: `${incident.place}: ${incident.type.replace('-', ' ')}`,
		summary: [incident.description, credit(cited)].filter(Boolean).join(' '),
		path: mapLink(incident.date, incident.location.place ?? null, true),
		kind: 'incident',
		sources: cited
	};
}

const newestFirst = (a: FeedEntry, b: FeedEntry) =>
	a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1;

/** Every entry of the map, or of one place (its own facts and the incidents placed at it). */
export function feedEntries(
	data: Pick<Geodata, 'locations' | 'incidents' | 'sources'>,
	slug: string | null = null
): FeedEntry[] {
	const places = slug === null ? data.locations : data.locations.filter((l) => l.slug === slug);
	const incidents =
		slug === null ? data.incidents : data.incidents.filter((i) => i.location.place === slug);
	return [
		...places.flatMap((location) => placeEntries(location, data.sources)),
		...incidents.map((incident) => incidentEntry(incident, data.sources))
	].sort(newestFirst);
}

const escape = (text: string) =>
	text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');

const instant = (date: string) => `${date}T00:00:00Z`;

export interface FeedHead {
	/** The feed's own path, e.g. `/feed.xml`. */
	path: string;
	title: string;
	/** The page the feed is the feed of, e.g. `/locations/torkham`. */
	page: string;
	/** The data's "as of": when the feed last changed. */
	updated: string;
}

/** The feed as Atom XML. */
export function atomFeed(head: FeedHead, entries: readonly FeedEntry[]): string {
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
		`\t<id>${escape(`${SITE_URL}${head.path}`)}</id>`,
		`\t<title>${escape(head.title)}</title>`,
		`\t<updated>${instant(head.updated)}</updated>`,
		`\t<author><name>${escape(SITE_NAME)}</name></author>`,
		`\t<link rel="self" type="application/atom+xml" href="${escape(`${SITE_URL}${head.path}`)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${escape(`${SITE_URL}${head.page}`)}"/>`
	];
	for (const entry of entries) {
		lines.push(
			'\t<entry>',
			`\t\t<id>${escape(entry.id)}</id>`,
			`\t\t<title>${escape(entry.title)}</title>`,
			`\t\t<updated>${instant(entry.date)}</updated>`,
			`\t\t<link rel="alternate" type="text/html" href="${escape(`${SITE_URL}${entry.path}`)}"/>`,
			...entry.sources.map(
				(source) =>
					`\t\t<link rel="related" href="${escape(source.url)}" title="${escape(source.title ?? source.publisher)}"/>`
			),
			`\t\t<summary>${escape(entry.summary)}</summary>`,
			'\t</entry>'
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}

export const FEED_TYPE = 'application/atom+xml';
