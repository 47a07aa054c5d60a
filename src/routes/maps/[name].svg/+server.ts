import { error } from '@sveltejs/kit';
import { render } from 'svelte/server';
import StaticMap from '$lib/components/StaticMap.svelte';
import { staticViews } from '$lib/server/static-views';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => staticViews().map(({ name }) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const view = staticViews().find(({ name }) => name === params.name);
	if (!view) error(404, `No static map "${params.name}"`);
	const { body } = render(StaticMap, {
		props: { shape: view.shape(), title: view.title, highlight: view.highlight }
	});
	// Svelte's hydration markers are comments; an image file needs none of them.
	const svg = body.replace(/<!--[\s\S]*?-->/g, '');
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
