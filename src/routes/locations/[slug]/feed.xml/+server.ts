import { error } from '@sveltejs/kit';
import { atomFeed, FEED_TYPE, feedEntries } from '$lib/server/feed';
import { geodata } from '$lib/server/geodata-cache';
import { SITE_NAME } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	geodata().locations.map((location) => ({ slug: location.slug }));

export const GET: RequestHandler = ({ params }) => {
	const data = geodata();
	const place = data.bySlug[params.slug];
	if (!place) error(404, `No place called "${params.slug}"`);
	const xml = atomFeed(
		{
			path: `/locations/${place.slug}/feed.xml`,
			title: `${SITE_NAME}: ${place.names.en}`,
			page: `/locations/${place.slug}`,
			updated: place.last_reviewed
		},
		feedEntries(data, place.slug)
	);
	return new Response(xml, { headers: { 'content-type': `${FEED_TYPE}; charset=utf-8` } });
};
