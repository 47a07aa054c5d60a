import { error } from '@sveltejs/kit';
import { isLayerId, LAYER_IDS } from '$lib/layers/registry';
import { layerGeojson } from '$lib/server/layer-data';
import { geodata } from '$lib/server/geodata-cache';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => LAYER_IDS.map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLayerId(params.id)) error(404, `No layer "${params.id}"`);
	return new Response(JSON.stringify(layerGeojson(params.id, geodata())), {
		headers: { 'content-type': 'application/geo+json' }
	});
};
