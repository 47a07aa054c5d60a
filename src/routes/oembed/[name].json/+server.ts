import { error, json } from '@sveltejs/kit';
import { oembedFor, oembedNames } from '$lib/server/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => oembedNames().map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const response = oembedFor(params.name);
	if (!response) error(404, `No oEmbed for "${params.name}"`);
	return json(response);
};
