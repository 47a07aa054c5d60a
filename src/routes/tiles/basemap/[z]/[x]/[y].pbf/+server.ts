import { error } from '@sveltejs/kit';
import { regionTiles, TILE_MAX_ZOOM, TILE_MIN_ZOOM } from '$lib/geo/tiles';
import { basemapTile } from '$lib/server/vector-tiles';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	regionTiles().map(({ z, x, y }) => ({ z: String(z), x: String(x), y: String(y) }));

export const GET: RequestHandler = ({ params }) => {
	const [z, x, y] = [params.z, params.x, params.y].map(Number) as [number, number, number];
	if (![z, x, y].every(Number.isInteger) || z < TILE_MIN_ZOOM || z > TILE_MAX_ZOOM)
		error(404, `No basemap tile ${params.z}/${params.x}/${params.y}`);
	return new Response(new Uint8Array(basemapTile(z, x, y)), {
		headers: { 'content-type': 'application/x-protobuf' }
	});
};
