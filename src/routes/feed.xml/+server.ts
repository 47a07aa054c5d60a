import { atomFeed, FEED_TYPE, feedEntries } from '$lib/server/feed';
import { geodata } from '$lib/server/geodata-cache';
import { SITE_NAME } from '$lib/site';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	const data = geodata();
	const xml = atomFeed(
		{
			path: '/feed.xml',
			title: `${SITE_NAME}: every status change, event and incident`,
			page: '/',
			updated: data.asOf ?? '1970-01-01'
		},
		feedEntries(data)
	);
	return new Response(xml, { headers: { 'content-type': `${FEED_TYPE}; charset=utf-8` } });
};
