import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedHeights } from './helpers';
import { wordpressEmbedHtml, wordpressPost } from './wordpress';

/**
 * Border Map in the hosts articles are published with, each on an origin of its own (127.0.0.1
 * on ports of their own, while the site is on localhost; a made-up public host name would be
 * refused a connection to a local server by Chromium's local-network checks): a WordPress post
 * built exactly as WordPress builds a discovered embed, with WordPress's own wp-embed.js, and an
 * AMP-style page whose amp-iframe is a sandboxed iframe.
 */
const servers: Server[] = [];
/** The page each host serves next (whatever the path). */
const pages = new Map<string, string>();
let WORDPRESS = '';
let AMP = '';
let FOREIGN = '';

async function startHost(): Promise<string> {
	const server = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(pages.get(origin) ?? '');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	servers.push(server);
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return origin;
}

test.beforeAll(async () => {
	[WORDPRESS, AMP, FOREIGN] = [await startHost(), await startHost(), await startHost()];
});

test.afterAll(() =>
	Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
);

/** WordPress clamps the heights it takes (wp-embed.js). */
const WP_MIN = 200;
const WP_MAX = 1000;

function serve(origin: string, html: string) {
	pages.set(origin, html);
}

/** The post WordPress makes of the URL of place `slug` pasted on a line of its own. */
async function wordpressPostFor(page: Page, slug: string, { sandbox = true } = {}) {
	const oembed = await (await page.request.get(`/oembed/${slug}.json`)).json();
	let html = wordpressEmbedHtml(oembed.html);
	expect(html, 'WordPress keeps the iframe').not.toBeNull();
	// A provider WordPress trusts (its own list) keeps its HTML as sent: no sandbox, no secret.
	if (!sandbox) html = oembed.html;
	return wordpressPost(html!);
}

/** The frame of our embed in the host page. */
const embedFrame = (page: Page): Frame => {
	const frame = page.frames().find((candidate) => candidate.url().includes('/embed/'));
	if (!frame) throw new Error('no embed frame');
	return frame;
};

async function waitForEmbedMap(page: Page) {
	await expect
		.poll(() => embedFrame(page).locator('[data-map-state]').getAttribute('data-map-state'), {
			timeout: 45_000
		})
		.toBe('ready');
}

/** The heights of the host page's embed iframe (see embedHeights). */
const heights = (page: Page) => embedHeights(page, 'iframe[src*="/embed/"]');

test('a place URL pasted into WordPress: the live map draws in its sandbox and the frame takes its height', async ({
	page
}) => {
	const frameErrors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') frameErrors.push(message.text());
	});
	serve(WORDPRESS, await wordpressPostFor(page, 'torkham'));
	await page.goto(`${WORDPRESS}/2026/03/trade-stalls/`);

	const iframe = page.locator('iframe[src*="/embed/"]');
	await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
	await waitForEmbedMap(page);
	// The sandbox took: the embed's origin is opaque, and still its map drew, basemap and all.
	expect(await embedFrame(page).evaluate(() => window.origin)).toBe('null');
	await expect(embedFrame(page).getByTestId('map-notice')).toHaveCount(0);
	expect(
		await embedFrame(page).locator('[data-rendered-layers]').getAttribute('data-rendered-layers')
	).toContain('crossings');

	// WordPress heard it: the quote is hidden, the iframe unclipped and as tall as the embed.
	await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
	await expect(iframe).not.toHaveAttribute('style', /clip/);
	await expect
		.poll(async () => {
			const { content, iframe } = await heights(page);
			return iframe - Math.min(WP_MAX, Math.max(WP_MIN, content));
		})
		.toBe(0);
	expect((await iframe.boundingBox())!.height).toBeGreaterThan(WP_MIN);

	// The reader can use it there: zooming in moves the camera, written to the embed's own URL.
	await embedFrame(page).getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => embedFrame(page).url()).toMatch(/[?&]map=/);
	expect(frameErrors).toEqual([]);
	await page.screenshot({ path: 'test-results/screenshots/wordpress-post.png', fullPage: true });
});

test('in WordPress the embed answers only its own ready ping, and a foreign frame cannot resize it', async ({
	page
}) => {
	const post = (await wordpressPostFor(page, 'chaman')).replace(
		'<p>Paragraph after the map.</p>',
		// An ad frame that knows the secret (it is in the page) and claims a height with it.
		`<p>Paragraph after the map.</p><iframe id="foreign" src="${FOREIGN}/ad.html" height="100"></iframe>`
	);
	serve(WORDPRESS, post);
	serve(
		FOREIGN,
		`<script>setInterval(() => parent.postMessage({ message: 'height', value: 999, secret: 'Wp3mB4dT5k' }, '*'), 100);</script>`
	);
	await page.goto(`${WORDPRESS}/2026/03/chaman/`);
	await waitForEmbedMap(page);
	await expect.poll(async () => (await heights(page)).iframe).toBeGreaterThan(WP_MIN);
	const settled = (await heights(page)).iframe;
	await page.waitForTimeout(500);
	expect((await heights(page)).iframe, 'the foreign frame moved nothing').toBe(settled);
	expect(settled).not.toBe(999);

	// Count the height messages the embed sends from now on.
	await page.evaluate(() => {
		const seen: number[] = [];
		(window as unknown as { heights: number[] }).heights = seen;
		addEventListener('message', (event) => {
			if (event.data?.message === 'height' && event.source !== window) seen.push(event.data.value);
		});
	});
	const heard = () =>
		page.evaluate(() =>
			(window as unknown as { heights: number[] }).heights.filter((value) => value !== 999)
		);
	const ping = (secret: string) =>
		page.evaluate(
			(secret) =>
				document
					.querySelector<HTMLIFrameElement>('iframe[src*="/embed/"]')!
					.contentWindow!.postMessage({ message: 'ready', secret }, '*'),
			secret
		);
	await ping('SomeoneElse1');
	await page.waitForTimeout(500);
	expect(await heard(), 'a ping with another secret goes unanswered').toEqual([]);
	await ping('Wp3mB4dT5k');
	await expect.poll(heard).toEqual([(await heights(page)).content]);
});

test('in WordPress a link in the embed opens in the top window, as WordPress follows it', async ({
	page
}) => {
	serve(WORDPRESS, await wordpressPostFor(page, 'torkham'));
	await page.goto(`${WORDPRESS}/2026/03/trade-stalls/`);
	await waitForEmbedMap(page);
	await embedFrame(page)
		.getByRole('link', { name: /Open full map/ })
		.click();
	await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/\?.*loc=torkham/);
});

test('a trusted-provider post (no sandbox, no secret) still draws the map', async ({ page }) => {
	serve(WORDPRESS, await wordpressPostFor(page, 'kabul', { sandbox: false }));
	await page.goto(`${WORDPRESS}/2026/03/kabul/`);
	await expect(page.locator('iframe[src*="/embed/"]')).not.toHaveAttribute('sandbox');
	await waitForEmbedMap(page);
	expect(await embedFrame(page).evaluate(() => window.origin)).toMatch(/^http:\/\/localhost:/);
	await expect(page.locator('blockquote')).toContainText('Border Map: Kabul');
});

test('in an AMP-style sandboxed amp-iframe the map starts and asks for its height', async ({
	page
}) => {
	// What amp-iframe does with `resizable sandbox="allow-scripts"`: the iframe is sandboxed as
	// given, and AMP takes `embed-size` requests from it (and only from it) to resize.
	serve(
		AMP,
		`<!doctype html><html><body>
		<amp-iframe style="display:block;position:relative;width:640px;height:300px" resizable>
			<iframe src="http://localhost:4173/embed/torkham" sandbox="allow-scripts" width="640" height="300" style="border:0;width:100%;height:100%"></iframe>
			<div overflow tabindex="0" role="button" aria-label="Show all">Show all</div>
		</amp-iframe>
		<script>
			const host = document.querySelector('amp-iframe');
			addEventListener('message', (event) => {
				const data = event.data;
				if (event.source !== host.querySelector('iframe').contentWindow) return;
				if (data?.sentinel !== 'amp' || data.type !== 'embed-size') return;
				host.style.height = data.height + 'px';
			});
		</script></body></html>`
	);
	await page.goto(`${AMP}/article.amp.html`);
	await waitForEmbedMap(page);
	expect(await embedFrame(page).evaluate(() => window.origin)).toBe('null');
	await expect(embedFrame(page).getByTestId('map-notice')).toHaveCount(0);
	await expect
		.poll(async () => {
			const { content, iframe } = await heights(page);
			return Math.abs(content - iframe);
		})
		.toBeLessThanOrEqual(2);
	expect((await heights(page)).iframe).toBeGreaterThan(300);
});
