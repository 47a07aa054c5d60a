/**
 * The data audit behind `npm run audit:data`: per place, what a reviewer should look at again —
 * facts resting on one source (prominent ones first), mirrors cited instead of originals, sources
 * whose headline was never seen, stretches since 2023 with no reporting found — and when the place
 * was last reviewed; and the same for the incidents. Pure: it reads validated geodata and returns a report; the script prints it.
 * (A bracketed stand-in title never gets this far: the schema rejects it.)
 */
import { COVERAGE_START, coverageGaps, type CoverageGap } from '$lib/data/coverage';
import { daysBetween } from '$lib/data/dates';
import { mostReportedDeaths } from '$lib/data/incidents';
import type { Incident, Location, Source } from '$lib/data/types';
import type { Geodata } from './geodata';

/** One fact, named so an editor can find it in the place's file. */
export interface AuditedFact {
	/** E.g. `status 2025-10-12 – ongoing, closed (all)`, `event 2026-02-27 strike: …`. */
	what: string;
	sources: string[];
	/** Prominent facts need two independent sources wherever two exist. */
	prominent: boolean;
}

export interface PlaceAudit {
	slug: string;
	kind: Location['kind'];
	lastReviewed: string;
	/** Facts whose sources all come from one original publisher. */
	singleSource: AuditedFact[];
	/** Ids of mirror sources this place cites. */
	mirrors: string[];
	/** Ids of sources this place cites whose headline was never seen (title null). */
	untitled: string[];
	/** Stretches since {@link COVERAGE_START} with no status reported. */
	gaps: CoverageGap[];
	/** Days those stretches add up to. */
	gapDays: number;
}

/** The incidents' part of the audit. */
export interface IncidentAudit {
	count: number;
	/** Incidents whose sources all come from one original publisher. */
	singleSource: AuditedFact[];
	/** Ids of mirror sources the incidents cite. */
	mirrors: string[];
	/** Ids of sources the incidents cite whose headline was never seen. */
	untitled: string[];
	/** Incidents placed only at a district's or a province's seat, by precision. */
	coarse: { district: number; province: number };
}

export interface DataAudit {
	asOf: string | null;
	places: PlaceAudit[];
	incidents: IncidentAudit;
	/** Sources no place cites. */
	uncited: string[];
	totals: {
		places: number;
		facts: number;
		singleSource: number;
		prominentSingleSource: number;
		mirrors: number;
		untitled: number;
		placesWithGaps: number;
		gapDays: number;
	};
}

/** The publisher that did the reporting: a mirror counts as its original. */
function originalPublisher(source: Source | undefined, id: string): string {
	if (!source) return `?${id}`;
	return (source.mirror_of ?? source.publisher).toLowerCase();
}

/** True when the sources name fewer than two independent original publishers. */
function restsOnOneSource(ids: readonly string[], sources: Geodata['sources']): boolean {
	return new Set(ids.map((id) => originalPublisher(sources[id], id))).size < 2;
}

const PROMINENT_CROSSINGS = new Set(['torkham', 'chaman']);
const PROMINENT_EVENT_KINDS = new Set(['ceasefire', 'talks', 'agreement']);

/** Every fact of a place with its sources, and whether the two-source rule applies to it. */
function factsOf(location: Location): AuditedFact[] {
	const facts: AuditedFact[] = [];
	const crossing = PROMINENT_CROSSINGS.has(location.slug);
	location.status.forEach((period, index) => {
		const previous = location.status[index - 1];
		// A change of status (not a period that merely continues the last under a new source).
		const change =
			!previous || previous.status !== period.status || previous.scope !== period.scope;
		facts.push({
			what: `status ${period.from} – ${period.to ?? 'ongoing'}, ${period.status} (${period.scope})`,
			sources: period.sources,
			prominent: crossing && change && period.from >= COVERAGE_START
		});
	});
	for (const event of location.events)
		facts.push({
			what: `event ${event.date} ${event.kind}: ${event.title}`,
			sources: event.sources,
			prominent:
				PROMINENT_EVENT_KINDS.has(event.kind) ||
				(event.kind === 'strike' && location.kind === 'city') ||
				(crossing && (event.kind === 'closure' || event.kind === 'reopening'))
		});
	const byMetric = new Map<string, { label: string; sources: string[] }>();
	for (const figure of location.figures) {
		const entry = byMetric.get(figure.metric) ?? { label: figure.label, sources: [] };
		entry.sources.push(figure.source);
		byMetric.set(figure.metric, entry);
	}
	for (const [metric, { sources }] of byMetric)
		facts.push({ what: `figure ${metric}`, sources, prominent: false });
	return facts;
}

function citedBy(location: Location): string[] {
	return [
		...location.status.flatMap((period) => [
			...period.sources,
			...(period.readings ?? []).flatMap((reading) => reading.sources)
		]),
		...location.events.flatMap((event) => event.sources),
		...location.figures.map((figure) => figure.source),
		...(location.names.sources ?? []),
		...(location.geometry_sources ?? [])
	];
}

/**
 * A strike on a city, or an incident any source reports ten or more dead, is prominent: the
 * two-source rule applies to it.
 */
function incidentFact(incident: Incident, locations: readonly Location[]): AuditedFact {
	const place = locations.find((location) => location.slug === incident.location.place);
	return {
		what: `incident ${incident.id}`,
		sources: incident.sources,
		prominent:
			(place?.kind === 'city' && incident.type !== 'clash') ||
			(mostReportedDeaths(incident) ?? 0) >= 10
	};
}

function auditIncidents(
	incidents: readonly Incident[],
	locations: readonly Location[],
	sources: Geodata['sources']
): IncidentAudit {
	const ids = [
		...new Set(
			incidents.flatMap((incident) => [...incident.sources, ...(incident.location.sources ?? [])])
		)
	];
	return {
		count: incidents.length,
		singleSource: incidents
			.map((incident) => incidentFact(incident, locations))
			.filter((fact) => restsOnOneSource(fact.sources, sources))
			.sort((a, b) => Number(b.prominent) - Number(a.prominent)),
		mirrors: ids.filter((id) => sources[id]?.mirror_of !== undefined),
		untitled: ids.filter((id) => sources[id]?.title === null),
		coarse: {
			district: incidents.filter((incident) => incident.location.precision === 'district').length,
			province: incidents.filter((incident) => incident.location.precision === 'province').length
		}
	};
}

/** The audit of validated geodata. */
export function auditData(
	data: Pick<Geodata, 'locations' | 'sources' | 'asOf'> & Partial<Pick<Geodata, 'incidents'>>
): DataAudit {
	const incidents = data.incidents ?? [];
	const cited = new Set<string>();
	const places = data.locations.map((location): PlaceAudit => {
		const ids = [...new Set(citedBy(location))];
		ids.forEach((id) => cited.add(id));
		const facts = factsOf(location);
		const gaps = coverageGaps(location);
		return {
			slug: location.slug,
			kind: location.kind,
			lastReviewed: location.last_reviewed,
			singleSource: facts
				.filter((fact) => restsOnOneSource(fact.sources, data.sources))
				.sort((a, b) => Number(b.prominent) - Number(a.prominent)),
			mirrors: ids.filter((id) => data.sources[id]?.mirror_of !== undefined),
			untitled: ids.filter((id) => data.sources[id]?.title === null),
			gaps,
			gapDays: gaps.reduce(
				(sum, gap) => sum + daysBetween(gap.from, gap.to, { inclusive: true }),
				0
			)
		};
	});
	for (const incident of incidents)
		for (const id of [...incident.sources, ...(incident.location.sources ?? [])]) cited.add(id);
	const sum = (pick: (place: PlaceAudit) => number) =>
		places.reduce((total, place) => total + pick(place), 0);
	const allIds = Object.keys(data.sources);
	return {
		asOf: data.asOf,
		places,
		incidents: auditIncidents(incidents, data.locations, data.sources),
		uncited: allIds.filter((id) => !cited.has(id)),
		totals: {
			places: places.length,
			facts: data.locations.reduce((total, location) => total + factsOf(location).length, 0),
			singleSource: sum((place) => place.singleSource.length),
			prominentSingleSource: sum(
				(place) => place.singleSource.filter((fact) => fact.prominent).length
			),
			mirrors: allIds.filter((id) => data.sources[id]!.mirror_of !== undefined).length,
			untitled: allIds.filter((id) => data.sources[id]!.title === null).length,
			placesWithGaps: places.filter((place) => place.gaps.length > 0).length,
			gapDays: sum((place) => place.gapDays)
		}
	};
}

/** The audit as the text `npm run audit:data` prints: a block per place, then a summary line. */
export function formatAudit(audit: DataAudit, sources: Geodata['sources']): string {
	const lines: string[] = [];
	for (const place of audit.places) {
		lines.push(`${place.slug} (${place.kind}): last reviewed ${place.lastReviewed}`);
		const prominent = place.singleSource.filter((fact) => fact.prominent).length;
		lines.push(
			`  single source: ${place.singleSource.length}${prominent ? ` (${prominent} prominent)` : ''}`
		);
		for (const fact of place.singleSource)
			lines.push(`    ${fact.prominent ? '! ' : ''}${fact.what} [${fact.sources.join(', ')}]`);
		lines.push(`  mirrors cited: ${place.mirrors.length}`);
		for (const id of place.mirrors)
			lines.push(`    ${id} (${sources[id]!.publisher}, a mirror of ${sources[id]!.mirror_of})`);
		lines.push(`  sources with no headline seen: ${place.untitled.length}`);
		for (const id of place.untitled)
			lines.push(`    ${id} (${sources[id]!.publisher}, ${sources[id]!.url})`);
		lines.push(
			`  no reporting found since ${COVERAGE_START}: ${place.gaps.length === 0 ? 'none' : `${place.gapDays} days in ${place.gaps.length} stretches`}`
		);
		for (const gap of place.gaps) lines.push(`    ${gap.from} – ${gap.to}`);
	}
	const incidents = audit.incidents;
	const prominentIncidents = incidents.singleSource.filter((fact) => fact.prominent).length;
	lines.push(
		`incidents: ${incidents.count}; placed at a district seat ${incidents.coarse.district}, at a province seat ${incidents.coarse.province}`,
		`  single source: ${incidents.singleSource.length}${prominentIncidents ? ` (${prominentIncidents} prominent)` : ''}`
	);
	for (const fact of incidents.singleSource)
		lines.push(`    ${fact.prominent ? '! ' : ''}${fact.what} [${fact.sources.join(', ')}]`);
	lines.push(`  mirrors cited: ${incidents.mirrors.length}`);
	for (const id of incidents.mirrors)
		lines.push(`    ${id} (${sources[id]!.publisher}, a mirror of ${sources[id]!.mirror_of})`);
	lines.push(`  sources with no headline seen: ${incidents.untitled.length}`);
	for (const id of incidents.untitled)
		lines.push(`    ${id} (${sources[id]!.publisher}, ${sources[id]!.url})`);
	if (audit.uncited.length > 0)
		lines.push(`sources no place cites: ${audit.uncited.length}`, `  ${audit.uncited.join(', ')}`);
	const t = audit.totals;
	lines.push(
		'',
		`data as of ${audit.asOf ?? '(no places)'}: ${t.places} places, ${t.facts} facts; ` +
			`${t.singleSource} rest on one source (${t.prominentSingleSource} prominent); ` +
			`${t.mirrors} mirror sources; ${t.untitled} sources with no headline seen (bracketed titles are rejected); ` +
			`${t.placesWithGaps} places with no reporting found for some days since ${COVERAGE_START} (${t.gapDays} place-days); ` +
			`${incidents.count} incidents, ${incidents.singleSource.length} on one source (${prominentIncidents} prominent)`
	);
	return lines.join('\n');
}
