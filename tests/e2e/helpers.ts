/** Shared Playwright helpers: network guard, map readiness, pixel comparison, projection. */
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Collects page errors, Content-Security-Policy violations and requests off the page's origin. */
export function watchPage(page: Page) {
	const errors: string[] = [];
	const offOrigin: string[] = [];
	const csp: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) csp.push(message.text());
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') offOrigin.push(request.url());
	});
	return { errors, offOrigin, csp };
}

export async function waitForMap(page: Page) {
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 45_000
	});
}

/**
 * Waits until the dashboard's map has drawn and its page has hydrated, so that its controls are
 * handled by the page itself: before that, what a reader does is kept and replayed at hydration
 * (src/lib/view/early-input.js), which a test of the page's own handling should not lean on.
 */
export async function waitForControls(page: Page) {
	await waitForMap(page);
	await waitForHydration(page);
}

/**
 * Waits until the page has hydrated (`data-hydrated` on <html>): before that a same-page link is
 * followed by a full page load rather than handled in the page.
 */
export async function waitForHydration(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
}

/** Waits until the map has gone idle with exactly these registry layers drawn. */
export async function waitForLayers(page: Page, layers: string[]) {
	await expect(page.locator('[data-map-state]')).toHaveAttribute(
		'data-rendered-layers',
		layers.join(',')
	);
}

export async function mapPixels(page: Page): Promise<PNG> {
	return PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
}

/** Share of pixels whose colour differs noticeably between two same-size screenshots. */
export function differingShare(a: PNG, b: PNG): number {
	let differing = 0;
	for (let i = 0; i < a.data.length; i += 4) {
		const delta =
			Math.abs(a.data[i]! - b.data[i]!) +
			Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
			Math.abs(a.data[i + 2]! - b.data[i + 2]!);
		if (delta > 30) differing += 1;
	}
	return differing / (a.data.length / 4);
}

/** Number of distinct colours (coarsely binned): a blank canvas has one or two. */
export function distinctColours(image: PNG): number {
	const seen = new Set<number>();
	for (let i = 0; i < image.data.length; i += 4) {
		seen.add(
			((image.data[i]! >> 3) << 10) | ((image.data[i + 1]! >> 3) << 5) | (image.data[i + 2]! >> 3)
		);
	}
	return seen.size;
}

/** Counts pixels close to an RGB colour (hex), e.g. a status colour on the map. */
export function pixelsNear(image: PNG, hex: string, tolerance = 40): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
		number,
		number,
		number
	];
	let count = 0;
	for (let i = 0; i < image.data.length; i += 4) {
		const delta =
			Math.abs(image.data[i]! - r) +
			Math.abs(image.data[i + 1]! - g) +
			Math.abs(image.data[i + 2]! - b);
		if (delta < tolerance) count += 1;
	}
	return count;
}

/** Web Mercator: where a lon/lat lands on a map of `width`×`height` CSS px at a camera. */
export function project(
	[lon, lat]: [number, number],
	camera: { zoom: number; lat: number; lon: number },
	width: number,
	height: number
): { x: number; y: number } {
	const worldSize = 512 * 2 ** camera.zoom;
	const x = (l: number) => ((l + 180) / 360) * worldSize;
	const y = (p: number) => {
		const s = Math.sin((p * Math.PI) / 180);
		return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * worldSize;
	};
	return { x: width / 2 + x(lon) - x(camera.lon), y: height / 2 + y(lat) - y(camera.lat) };
}

/**
 * An embed's content height, and the height its host gave the iframe (`selector`): its inner
 * height, since a border the host draws round it is not the embed's business.
 */
export async function embedHeights(page: Page, selector: string) {
	const content = await page
		.frameLocator(selector)
		.locator('html')
		.evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
	const iframe = await page.locator(selector).evaluate((el) => (el as HTMLElement).clientHeight);
	return { content, iframe };
}
