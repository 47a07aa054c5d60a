import { mapPageData } from '$lib/server/map-page-data';

export const prerender = true;

/** Every place with its timeline, as the maps use them: what an embed fetches for another view. */
export const GET = () =>
	new Response(JSON.stringify(mapPageData().locations), {
		headers: { 'content-type': 'application/json' }
	});
