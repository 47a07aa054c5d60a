import { error } from '@sveltejs/kit';
import { staticView, staticViewEntries } from '$lib/server/static-views';
import { staticBasePng } from '$lib/server/static-svg';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => staticViewEntries({ behindMap: true });

export const GET: RequestHandler = async ({ params }) => {
	const view = staticView(params.name);
	if (!view?.behindMap) error(404, `No static map "${params.name}" behind a map`);
	return new Response(await staticBasePng(view), { headers: { 'content-type': 'image/png' } });
};
