import { error } from '@sveltejs/kit';
import { staticView, staticViewEntries } from '$lib/server/static-views';
import { staticSvg } from '$lib/server/static-svg';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => staticViewEntries({ behindMap: true });

export const GET: RequestHandler = ({ params }) => {
	const view = staticView(params.name);
	if (!view?.behindMap) error(404, `No static map "${params.name}" behind a map`);
	return new Response(staticSvg(view, 'overlay'), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
