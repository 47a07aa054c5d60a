import { incidentIndex } from '$lib/geo/incident-features';
import { incidentLayer } from '$lib/server/layer-data';
import { geodata } from '$lib/server/geodata-cache';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The months that have incidents, and the sources the month files cite by id. */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify(incidentIndex(incidentLayer(geodata()))), {
		headers: { 'content-type': 'application/json' }
	});
