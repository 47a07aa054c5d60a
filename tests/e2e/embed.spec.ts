import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import { embedHeights, pixelsNear, waitForMap } from './helpers';
import { severityColour } from '../../src/lib/data/encoding';

/**
 * A plain article page on a second origin (127.0.0.1 on its own port, while the site is
 * localhost:4173), with whatever snippet a test puts in it, and a foreign iframe that posts
 * height messages of its own.
 */
let host: Server;
let hostOrigin = '';
let snippet = '';

test.beforeAll(async () => {
	host = createServer((request, response) => {
		if (request.url === '/foreign.html') {
			response.writeHead(200, { 'content-type': 'text/html' });
			// A hostile frame: claims a huge height in both message formats, again and again.
			response.end(`<script>
				setInterval(() => {
					parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 2999 }, '*');
					parent.postMessage({ type: 'border-map:embed-size', height: 2999 }, '*');
				}, 100);
			</script>`);
			return;
		}
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(`<!doctype html><html><head><title>An article</title></head><body style="margin:0">
			<article style="max-width:680px;margin:0 auto;font-family:serif">
				<h1>Trade stalls at the border</h1><p>Paragraph before the map.</p>
				${snippet}
				<p>Paragraph after the map.</p>
				<iframe id="foreign" src="/foreign.html" style="height:100px"></iframe>
			</article></body></html>`);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** The heights of the host page's Border Map iframe (see embedHeights). */
const heightsOf = (page: Page) => embedHeights(page, 'iframe[data-border-map]');

test('the oEmbed file is valid, and its html pasted into a page on another origin sizes itself', async ({
	page,
	request
}) => {
	const response = await request.get('/oembed/torkham.json');
	expect(response.headers()['content-type']).toContain('application/json');
	const oembed = await response.json();
	expect(oembed).toMatchObject({
		version: '1.0',
		type: 'rich',
		provider_name: 'Border Map',
		title: 'Border Map: Torkham',
		width: expect.any(Number),
		height: expect.any(Number)
	});
	// Only what WordPress keeps of a discovered embed: a quote linking to the place page, then the
	// iframe with its size in attributes (wordpress.spec.ts runs it through WordPress's rules).
	expect(oembed.html).toMatch(
		/^<blockquote><a href="http:\/\/localhost:4173\/locations\/torkham">Border Map: Torkham<\/a><\/blockquote>\n<iframe /
	);
	expect(oembed.html).toContain('src="http://localhost:4173/embed/torkham"');
	expect(oembed.html).toContain(`width="${oembed.width}" height="${oembed.height}"`);
	expect(oembed.html).not.toMatch(/style=|<script/);

	// A host that adds our resize script beside it gets an iframe of the embed's height.
	snippet =
		oembed.html.replace(`height="${oembed.height}"`, 'height="300" data-border-map') +
		'\n<script src="http://localhost:4173/embed.js" async></script>';
	await page.goto(`${hostOrigin}/`);
	const frame = page.frameLocator('iframe[data-border-map]');
	await expect(frame.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 45_000
	});
	// The iframe grows from its starting 300 px to exactly its content's height.
	await expect
		.poll(async () => {
			const { content, iframe } = await heightsOf(page);
			return Math.abs(content - iframe);
		})
		.toBeLessThanOrEqual(2);
	expect((await heightsOf(page)).iframe).toBeGreaterThan(300);
	// The foreign frame's messages moved neither its own iframe (100 px inside its border) nor ours.
	expect(await page.locator('#foreign').evaluate((el) => (el as HTMLElement).clientHeight)).toBe(
		100
	);
	expect((await heightsOf(page)).iframe).toBeLessThan(2000);
});

test('a message from the host page itself is ignored: only our origin is trusted', async ({
	page
}) => {
	snippet =
		'<iframe src="http://localhost:4173/embed/chaman" title="Chaman" width="100%" height="300" data-border-map></iframe>\n<script src="http://localhost:4173/embed.js" async></script>';
	await page.goto(`${hostOrigin}/`);
	const frame = page.frameLocator('iframe[data-border-map]');
	await expect(frame.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 45_000
	});
	await expect
		.poll(async () => Math.abs((await heightsOf(page)).content - (await heightsOf(page)).iframe))
		.toBeLessThanOrEqual(2);
	const settled = (await heightsOf(page)).iframe;
	await page.evaluate(() =>
		window.postMessage({ type: 'border-map:embed-size', height: 2500 }, '*')
	);
	await page.waitForTimeout(300);
	expect((await heightsOf(page)).iframe).toBe(settled);
});

test('embed pages announce themselves properly: noindex, canonical, oEmbed discovery', async ({
	page
}) => {
	await page.goto('/embed/torkham');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		'http://localhost:4173/embed/torkham'
	);
	await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute(
		'href',
		'http://localhost:4173/oembed/torkham.json'
	);
	await expect(page.getByRole('link', { name: /Open full map/ })).toHaveAttribute(
		'href',
		/^\/\?.*loc=torkham/
	);
	const cookies = await page.context().cookies();
	expect(cookies).toEqual([]);
	expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

	await page.goto('/locations/torkham');
	await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute(
		'href',
		'http://localhost:4173/oembed/torkham.json'
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('an embed shows its static map and the table of places', async ({ page }) => {
		await page.goto('/embed/torkham');
		// The base (a PNG of land, borders and routes) and, over it, the markers and labels (SVG).
		for (const id of ['static-map', 'static-map-overlay']) {
			const image = page.getByTestId(id);
			await expect(image).toBeVisible();
			expect(
				await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
			).toBe(true);
		}
		await expect(page.getByTestId('status-table')).toBeVisible();
		await expect(
			page.getByTestId('status-table').getByRole('row', { name: /^Torkham / })
		).toContainText('restricted to returnees only');
		await expect(page.getByTestId('summary')).toContainText('Torkham restricted to returnees only');
	});
});

test('without WebGL an embed keeps the static map, says why, and opens the table', async ({
	page
}) => {
	await page.addInitScript(() => {
		// A browser with WebGL switched off: every WebGL context request fails.
		const original = HTMLCanvasElement.prototype.getContext as (...args: unknown[]) => unknown;
		Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
			value(this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
				return type.startsWith('webgl') ? null : original.call(this, type, ...rest);
			}
		});
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/embed/torkham');
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'error');
	await expect(page.getByTestId('map-notice')).toContainText('WebGL');
	await expect(page.getByTestId('static-map')).toBeVisible();
	await expect(page.getByTestId('status-table')).toBeVisible();
	expect(errors).toEqual([]);
	await page.screenshot({ path: 'test-results/screenshots/embed-no-webgl.png' });
});

test('"Embed this view" gives the snippet for the view on screen, with a live preview', async ({
	page
}) => {
	await page.goto('/?date=2025-10-20&loc=torkham');
	await waitForMap(page);
	await page.getByRole('button', { name: 'Embed this view' }).click();
	const snippetBox = page.getByTestId('embed-snippet');
	await expect(snippetBox).toHaveValue(
		/<iframe src="http:\/\/localhost:4173\/embed\?date=2025-10-20&amp;loc=torkham"/
	);
	await expect(snippetBox).toHaveValue(
		/<script src="http:\/\/localhost:4173\/embed.js" async><\/script>/
	);
	await page.getByLabel('Small (400 px)').check();
	await expect(snippetBox).toHaveValue(/width="400"/);
	await page.getByLabel(/Fit the height/).uncheck();
	await expect(snippetBox).not.toHaveValue(/embed\.js/);
	const preview = page.frameLocator('[data-testid="embed-builder"] iframe');
	await expect(preview.getByTestId('summary')).toContainText('On 20 Oct 2025: Torkham closed');
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Copy' }).click();
	await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		await snippetBox.inputValue()
	);
	// For an AMP page: an amp-iframe AMP resizes, with the overflow button it requires.
	await page.getByLabel('an AMP page').check();
	await expect(snippetBox).toHaveValue(
		/^<amp-iframe src="http:\/\/localhost:4173\/embed\?date=2025-10-20&amp;loc=torkham"[^>]* width="400" height="560" sandbox="allow-scripts[^"]*" resizable/
	);
	await expect(snippetBox).toHaveValue(
		/<div overflow [^>]*>Show the whole map<\/div>\n<\/amp-iframe>$/
	);
	await expect(page.getByLabel(/Fit the height/)).toHaveCount(0);
	await page.screenshot({ path: 'test-results/screenshots/embed-builder.png', fullPage: true });
});

test('"Download PNG" saves the view with its title, legend and source drawn in', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	const mapHeight = await page
		.locator('.maplibregl-canvas')
		.evaluate((canvas: HTMLCanvasElement) => canvas.height);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download PNG' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^border-map-\d{4}-\d{2}-\d{2}\.png$/);
	const path = await download.path();
	const image = PNG.sync.read((await import('node:fs')).readFileSync(path));
	// Title and summary above the map, legend and source line below it.
	expect(image.height).toBeGreaterThan(mapHeight + 60);
	await download.saveAs('test-results/screenshots/download.png');
});

/** Pixels of one colour in a 24 px box at the centre of the map, where a place's embed centres it. */
async function colourAtCentre(page: Page, hex: string): Promise<number> {
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const clip = {
		x: box.x + box.width / 2 - 12,
		y: box.y + box.height / 2 - 12,
		width: 24,
		height: 24
	};
	return pixelsNear(PNG.sync.read(await page.screenshot({ clip })), hex);
}

test('an embed carries its own places; another date fetches every place and recolours the map', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === '/data/places.json') fetched.push(request.url());
	});
	await page.goto('/embed/torkham');
	await waitForMap(page);
	// Its opening view needs nothing more: the map's points come from the shared layer files.
	expect(fetched).toEqual([]);
	await expect.poll(() => colourAtCentre(page, severityColour('partial'))).toBeGreaterThan(20);
	const rows = page.getByTestId('status-table').locator('tbody tr');
	expect(await rows.count()).toBeLessThanOrEqual(12);
	await expect(rows.first()).toContainText('Torkham');

	await page.goto('/embed/torkham?date=2025-10-20');
	await waitForMap(page);
	await expect.poll(() => fetched.length).toBe(1);
	await expect(page.getByTestId('summary')).toContainText('On 20 Oct 2025: Torkham closed;');
	// Closed that day, on the map too: the colour comes from the fetched timelines.
	await expect.poll(() => colourAtCentre(page, severityColour('stopped'))).toBeGreaterThan(20);
	expect(await colourAtCentre(page, severityColour('partial'))).toBe(0);
});
