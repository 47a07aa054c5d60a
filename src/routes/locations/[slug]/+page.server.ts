import { staleSince } from '$lib/data/freshness';
import { buildDate } from '$lib/server/build-date';
import { error } from '@sveltejs/kit';
import { closures, daysClosedPerYear } from '$lib/data/closures';
import { historyWithGaps } from '$lib/data/coverage';
import { figureGroups } from '$lib/data/figures';
import { placeStatusOn } from '$lib/data/place-status';
import { geodata } from '$lib/server/geodata-cache';
import { staticMapPath } from '$lib/view/fallback';
import { mapPageData } from '$lib/server/map-page-data';
import { namesMentioned } from '$lib/server/route-facts';
import { closureTimeline } from '$lib/charts/closure-timeline';
import { yearBars } from '$lib/charts/year-bars';
import { NEARBY_RADIUS_KM } from '$lib/geo/incidents-near';
import { nearbyIncidents } from '$lib/server/nearby-incidents';
import { NEARBY_SIZE, nearbyViewName } from '$lib/server/static-views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => geodata().locations.map(({ slug }) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const data = geodata();
	const location = data.bySlug[params.slug];
	if (!location) error(404, `No place called "${params.slug}"`);
	const asOf = data.asOf!;
	// The same table every map page carries, computed once per build.
	const facts = mapPageData().routes;
	const route = facts.bySlug[location.slug] ?? null;
	const toSea = location.slug === 'kabul' ? facts.toSea : null;
	const episodes = closures(location, asOf);
	const timelineStart = location.status.map((period) => period.from).sort()[0] ?? asOf;
	const cited = new Set([
		...location.status.flatMap((period) => [
			...period.sources,
			...(period.readings ?? []).flatMap((reading) => reading.sources)
		]),
		...location.events.flatMap((event) => event.sources),
		...location.figures.map((figure) => figure.source),
		...(location.names.sources ?? []),
		...(location.geometry_sources ?? [])
	]);
	const near = nearbyIncidents(location, data);
	return {
		location,
		asOf,
		staleSince: staleSince(asOf, buildDate()),
		current: placeStatusOn(location, asOf, (slug) => data.bySlug[slug]),
		// Reported periods with "no reporting found" wherever the record is silent since 2023.
		history: historyWithGaps(location),
		closures: episodes,
		timelineStart,
		timeline: closureTimeline(episodes, timelineStart, asOf),
		yearBars: yearBars(daysClosedPerYear(location, asOf)),
		figures: figureGroups(location),
		sources: [...cited].map((id) => data.sources[id]!).filter(Boolean),
		map: staticMapPath(`location-${location.slug}`),
		crossings: (location.route?.crossings ?? []).map((slug) => data.bySlug[slug]!.names.en),
		route,
		toSea,
		// A place with a point lists the strikes and clashes around it; a line has no "near".
		nearby: near && {
			radiusKm: NEARBY_RADIUS_KM,
			incidents: near.map(({ feature, km }) => ({ incident: feature.properties, km })),
			map: near.length > 0 ? staticMapPath(nearbyViewName(location.slug)) : null,
			mapSize: NEARBY_SIZE
		},
		// Only the places these facts name: a page per place carrying every place's names would
		// make the site grow with the square of the data.
		names: namesMentioned(facts, {
			lengths: route?.lengths,
			toSea: [...(toSea ?? []), ...(route?.toSea ?? [])]
		})
	};
};
