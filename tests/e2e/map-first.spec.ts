/**
 * A map page's map starts before the page hydrates, and the page hydrates once it has drawn
 * ($lib/map/early-map, hooks.client.ts). The page's own code (its node chunks) is held back here
 * to show that the map does not wait for it, and that the page takes the map over once it comes.
 */
import { MAP_WAIT_MS } from '../../src/lib/view/map-wait';
import { expect, test, type Page, type Route } from '@playwright/test';
import { PNG } from 'pngjs';
import { distinctColours, waitForLayers, waitForMap, watchPage } from './helpers';

/** Holds back the page's own code (SvelteKit's node chunks) until `release()`. */
async function holdPageCode(page: Page) {
	const held: Route[] = [];
	let released = false;
	await page.route('**/_app/immutable/nodes/**', (route) =>
		released ? route.continue() : void held.push(route)
	);
	return {
		held,
		release: async () => {
			released = true;
			await Promise.all(held.map((route) => route.continue()));
		}
	};
}

test("the dashboard's map draws while the page's own code is held back, then the page takes it over", async ({
	page
}) => {
	const watch = watchPage(page);
	const code = await holdPageCode(page);
	await page.goto('/');
	await waitForMap(page);
	await code.release();
	// The page hydrates and takes the same map over: one canvas, and a toggle reaches it.
	await page.locator('input[name="layer"][value="central-asia"]').check();
	await expect(page.locator('[data-map-state]')).toHaveAttribute(
		'data-rendered-layers',
		/central-asia/
	);
	await expect(page.locator('.maplibregl-canvas')).toHaveCount(1);
	expect(watch.errors).toEqual([]);
});

test('the page asks for its own code only once its map has drawn', async ({ page }) => {
	// The moment the map first reports ready, on the page's own clock.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('[data-map-state="ready"]')) return;
			Object.assign(window, { mapReadyAt: performance.now() });
			observer.disconnect();
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
	});
	await page.goto('/embed/torkham');
	await waitForMap(page);
	const asked = () =>
		page.evaluate(() => ({
			ready: (window as unknown as { mapReadyAt: number }).mapReadyAt,
			nodes: performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.includes('/_app/immutable/nodes/'))
				.map((entry) => entry.startTime)
		}));
	await expect.poll(async () => (await asked()).nodes.length).toBeGreaterThan(0);
	const { ready, nodes } = await asked();
	// Not before the map is ready, or, on a machine slow enough that the map takes longer than
	// the page waits for it, not before that wait is over (page time counts from navigation, so
	// the wait, begun later, ends after MAP_WAIT_MS of it).
	expect(Math.min(...nodes)).toBeGreaterThanOrEqual(Math.min(ready, MAP_WAIT_MS));
});

test('an embed’s map draws while its code is held back; a move made meanwhile reaches the URL', async ({
	page
}) => {
	const watch = watchPage(page);
	const code = await holdPageCode(page);
	await page.goto('/embed/torkham');
	await waitForMap(page);
	// The table, open for readers without the map, folded as the map started, before hydration.
	await expect(page.locator('details.text-version')).not.toHaveAttribute('open');
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 - 80, { steps: 8 });
	await page.mouse.up();
	expect(new URL(page.url()).searchParams.get('map')).toBeNull();
	await code.release();
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).toMatch(/^6\.5\//);
	await expect(page.locator('.maplibregl-canvas')).toHaveCount(1);
	expect(watch.errors).toEqual([]);
});

test('a view only the page can work out (another date) starts its map once hydrated', async ({
	page
}) => {
	const watch = watchPage(page);
	const code = await holdPageCode(page);
	await page.goto('/?date=2025-10-20');
	await expect(page.getByTestId('static-map')).toBeVisible();
	// Time enough for a map started early to have made its canvas: none may be there.
	await page.waitForTimeout(1000);
	await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'loading');
	await code.release();
	await waitForMap(page);
	await waitForLayers(page, ['durand-line', 'crossings', 'cities', 'chabahar-corridor']);
	await expect(page.locator('.maplibregl-canvas')).toHaveCount(1);
	expect(watch.errors).toEqual([]);
});

test('the static map stays in view until the interactive map has drawn, then gives way', async ({
	page
}) => {
	// Hold the basemap tiles back: the map cannot finish drawing.
	const held: Route[] = [];
	let released = false;
	await page.route('**/tiles/basemap/**', (route) =>
		released ? route.continue() : void held.push(route)
	);
	await page.goto('/embed/torkham');
	await expect.poll(() => held.length).toBeGreaterThan(0);
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'loading');
	await expect(page.locator('[data-map-state]')).toBeHidden();
	await expect(page.getByTestId('static-map')).toBeVisible();
	released = true;
	await Promise.all(held.map((route) => route.continue()));
	await waitForMap(page);
	await expect(page.locator('.maplibregl-canvas')).toBeVisible();
	const pixels = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
	expect(distinctColours(pixels), 'the map shows drawn, not blank').toBeGreaterThan(20);
});

test('a map fetches only the basemap tiles its view shows', async ({ page }) => {
	const tiles: string[] = [];
	page.on('response', (response) => {
		if (!response.url().includes('/tiles/basemap/')) return;
		expect(response.status(), response.url()).toBe(200);
		tiles.push(response.url());
	});
	await page.goto('/');
	await waitForMap(page);
	// The dashboard's view at 1280×800 spans a few zoom-4 tiles of the 709 cut for the region.
	expect(tiles.length).toBeGreaterThan(0);
	expect(tiles.length).toBeLessThanOrEqual(12);
	expect(tiles.every((url) => /\/tiles\/basemap\/4\/\d+\/\d+\.pbf$/.test(url))).toBe(true);
});
