import { error } from '@sveltejs/kit';
import { BASEMAP_FILES, basemapGeojson, type BasemapFile } from '$lib/server/layer-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => BASEMAP_FILES.map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const name = params.name as BasemapFile;
	if (!BASEMAP_FILES.includes(name)) error(404, `No basemap file "${params.name}"`);
	return new Response(JSON.stringify(basemapGeojson(name)), {
		headers: { 'content-type': 'application/geo+json' }
	});
};
