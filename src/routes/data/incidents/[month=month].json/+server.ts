import { error } from '@sveltejs/kit';
import { incidentIndex, incidentMonth } from '$lib/geo/incident-features';
import { incidentLayer } from '$lib/server/layer-data';
import { geodata } from '$lib/server/geodata-cache';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every month with incidents: the index lists these, and the page fetches no other. */
export const entries: EntryGenerator = () =>
	Object.keys(incidentIndex(incidentLayer(geodata())).months).map((month) => ({ month }));

/** One month's incidents, oldest first, sources by id (see /data/incidents/index.json). */
export const GET: RequestHandler = ({ params }) => {
	const month = incidentMonth(incidentLayer(geodata()), params.month);
	if (month.features.length === 0) error(404, `No incidents in ${params.month}`);
	return new Response(JSON.stringify(month), {
		headers: { 'content-type': 'application/json' }
	});
};
