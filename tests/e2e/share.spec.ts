/**
 * Link previews: each page's head, as a chat app's or social network's crawler reads it (the
 * prerendered HTML, no script run), names an absolute card image under SITE_URL that the built
 * site serves as a PNG of the size the tags state; the oEmbed files offer the same image.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import { waitForHydration } from './helpers';

const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '');
const slugs = readdirSync('geodata/locations').map((file) => file.replace(/\.json$/, ''));

const REQUIRED = [
	'og:type',
	'og:site_name',
	'og:title',
	'og:description',
	'og:url',
	'og:image',
	'og:image:width',
	'og:image:height',
	'og:image:alt',
	'twitter:card',
	'twitter:title',
	'twitter:description',
	'twitter:image',
	'twitter:image:alt'
];

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" };

/** The Open Graph and Twitter tags of an HTML page, each name with every value it is given. */
function shareTags(html: string): Map<string, string[]> {
	const head = html.slice(0, html.indexOf('</head>'));
	const tags = new Map<string, string[]>();
	for (const [, attributes] of head.matchAll(/<meta\s([^>]*?)\/?>/g)) {
		const attribute = (name: string) =>
			attributes!
				.match(new RegExp(`(?:^|\\s)${name}="([^"]*)"`))?.[1]
				?.replace(/&(amp|quot|lt|gt|#39);/g, (_, entity: string) => ENTITIES[entity]!);
		const key = attribute('property') ?? attribute('name');
		const content = attribute('content');
		if (!key || content === undefined || !/^(og|twitter):/.test(key)) continue;
		tags.set(key, [...(tags.get(key) ?? []), content]);
	}
	return tags;
}

/** The page's tags, each required one present exactly once. */
async function tagsOf(request: APIRequestContext, path: string): Promise<Record<string, string>> {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	const tags = shareTags(await response.text());
	for (const key of REQUIRED) expect(tags.get(key), `${path}: ${key}`).toHaveLength(1);
	return Object.fromEntries([...tags].map(([key, [value]]) => [key, value!]));
}

/** Fetches an absolute URL of the site from the server under test: 200, a PNG of its size. */
async function expectCard(request: APIRequestContext, url: string, width: string, height: string) {
	expect(url.startsWith(`${SITE_URL}/`), url).toBe(true);
	const response = await request.get(url.slice(SITE_URL.length));
	expect(response.status(), url).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const body = await response.body();
	expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const png = PNG.sync.read(body);
	expect([png.width, png.height]).toEqual([Number(width), Number(height)]);
	return png;
}

test('every place page unfurls to its own card, which the site serves, and its oEmbed offers it too', async ({
	request
}) => {
	test.setTimeout(120_000);
	const cards = new Map<string, Buffer>();
	for (const slug of slugs) {
		const tags = await tagsOf(request, `/locations/${slug}`);
		expect(tags['og:url']).toBe(`${SITE_URL}/locations/${slug}`);
		expect(tags['og:image']).toBe(`${SITE_URL}/maps/card/${slug}.png`);
		expect(tags['twitter:image']).toBe(tags['og:image']);
		expect(tags['twitter:card']).toBe('summary_large_image');
		expect([tags['og:image:width'], tags['og:image:height']]).toEqual(['1200', '630']);
		// A sentence about the place on the data's date, and an alt text that names it.
		expect(tags['og:description']).toMatch(/^On \d{1,2} \w{3} \d{4}: .+\./);
		expect(tags['og:image:alt']!.length).toBeGreaterThan(30);
		const png = await expectCard(
			request,
			tags['og:image']!,
			tags['og:image:width']!,
			tags['og:image:height']!
		);
		cards.set(slug, png.data);

		const oembed = await (await request.get(`/oembed/${slug}.json`)).json();
		expect(oembed).toMatchObject({
			thumbnail_url: tags['og:image'],
			thumbnail_width: Number(tags['og:image:width']),
			thumbnail_height: Number(tags['og:image:height'])
		});
	}
	// Each its own picture: no two places share a card.
	const distinct = new Set([...cards.values()].map((data) => data.toString('base64')));
	expect(distinct.size).toBe(slugs.length);
});

test('the dashboard, the embeds and /about unfurl too: the whole map, or the embed’s place', async ({
	request
}) => {
	test.setTimeout(120_000);
	const overview = `${SITE_URL}/maps/card/overview.png`;
	for (const [path, url, image] of [
		['/', `${SITE_URL}/`, overview],
		['/about', `${SITE_URL}/about`, overview],
		['/embed', `${SITE_URL}/embed`, overview],
		['/embed/torkham', `${SITE_URL}/embed/torkham`, `${SITE_URL}/maps/card/torkham.png`]
	] as const) {
		const tags = await tagsOf(request, path);
		expect(tags['og:url'], path).toBe(url);
		expect(tags['og:image'], path).toBe(image);
		await expectCard(request, image, tags['og:image:width']!, tags['og:image:height']!);
	}
	const embed = await (await request.get('/oembed/embed.json')).json();
	expect(embed.thumbnail_url).toBe(overview);
	for (const slug of slugs) {
		const tags = await tagsOf(request, `/embed/${slug}`);
		expect(tags['og:image']).toBe(`${SITE_URL}/maps/card/${slug}.png`);
	}
});

test('a hydrated page keeps one set of tags, the same as its HTML', async ({ page, request }) => {
	for (const path of ['/locations/chaman', '/']) {
		const served = await tagsOf(request, path);
		await page.goto(path);
		await waitForHydration(page);
		const image = page.locator('meta[property="og:image"]');
		await expect(image).toHaveCount(1);
		await expect(image).toHaveAttribute('content', served['og:image']!);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveCount(1);
	}
});
