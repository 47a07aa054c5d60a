import { error } from '@sveltejs/kit';
import { closures, daysClosedPerYear } from '$lib/data/closures';
import { figureGroups } from '$lib/data/figures';
import { latestChange, statusOn } from '$lib/data/status';
import { DEFAULT_LAYERS, LAYERS } from '$lib/layers/registry';
import { geodata } from '$lib/server/geodata-cache';
import { frameFor, staticMapFor } from '$lib/server/static-map-data';
import { routeFacts } from '$lib/server/route-facts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => geodata().locations.map(({ slug }) => ({ slug }));

const MAP_WIDTH = 640;
const MAP_HEIGHT = 400;

export const load: PageServerLoad = ({ params }) => {
	const data = geodata();
	const location = data.bySlug[params.slug];
	if (!location) error(404, `No place called "${params.slug}"`);
	const asOf = data.asOf!;
	const facts = routeFacts(data.locations);
	const cited = new Set([
		...location.status.flatMap((period) => period.sources),
		...location.events.flatMap((event) => event.sources),
		...location.figures.map((figure) => figure.source),
		...(location.names.sources ?? [])
	]);
	// The focused map also shows every route that is this place or passes through it.
	const routeLayers = LAYERS.filter((layer) => {
		if (layer.source.type !== 'route') return false;
		const corridor = data.bySlug[layer.source.corridor];
		return (
			corridor?.slug === location.slug ||
			corridor?.route?.legs.some((leg) => leg.from === location.slug || leg.to === location.slug)
		);
	}).map((layer) => layer.id);
	const visible = [...new Set([...DEFAULT_LAYERS, ...routeLayers])];
	return {
		location,
		asOf,
		current: statusOn(location, asOf),
		latest: latestChange(location, asOf),
		closures: closures(location, asOf),
		perYear: daysClosedPerYear(location, asOf),
		figures: figureGroups(location),
		sources: [...cited].map((id) => data.sources[id]!).filter(Boolean),
		map: staticMapFor(
			data.locations,
			visible,
			asOf,
			frameFor(location, data.locations, MAP_WIDTH / MAP_HEIGHT),
			MAP_WIDTH,
			MAP_HEIGHT
		),
		crossings: (location.route?.crossings ?? []).map((slug) => data.bySlug[slug]!.names.en),
		route: facts.bySlug[location.slug] ?? null,
		toSea: location.slug === 'kabul' ? facts.toSea : null,
		names: facts.names
	};
};
