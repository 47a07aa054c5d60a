import { error } from '@sveltejs/kit';
import { cardNames, shareCardPng } from '$lib/server/share-card';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => cardNames().map((name) => ({ name }));

export const GET: RequestHandler = async ({ params }) => {
	const png = await shareCardPng(params.name);
	if (!png) error(404, `No share card "${params.name}"`);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
