import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { parseView } from '../../src/lib/url/view-state';
import { LAYER_IDS } from '../../src/lib/layers/registry';
import { readdirSync } from 'node:fs';
import { waitForControls, waitForHydration, waitForLayers, waitForMap, watchPage } from './helpers';

test('the map survives losing its WebGL context: static map meanwhile, then back', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	const lose = () =>
		page.evaluate(() => {
			const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
			const gl = canvas.getContext('webgl2')!;
			const extension = gl.getExtension('WEBGL_lose_context')!;
			extension.loseContext();
			(window as unknown as { restore: () => void }).restore = () => extension.restoreContext();
		});
	await lose();
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'error');
	await expect(page.getByTestId('map-notice')).toBeVisible();
	await expect(page.getByTestId('static-map')).toBeVisible();
	await page.evaluate(() => (window as unknown as { restore: () => void }).restore());
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready');
	await expect(page.getByTestId('static-map')).toBeHidden();
});

test('a missing or corrupt data file is named, and the rest of the page works', async ({
	page
}) => {
	await page.route('**/data/layers/karachi-torkham.geojson', (route) =>
		route.fulfill({ status: 200, contentType: 'application/geo+json', body: '{"type": "Feature' })
	);
	await page.route('**/data/layers/air-corridor.geojson', (route) =>
		route.fulfill({ status: 404 })
	);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/?layers=durand-line,crossings,karachi-torkham,air-corridor');
	await waitForMap(page);
	await expect(page.getByTestId('layer-error')).toContainText('Karachi – Torkham');
	await expect(page.getByTestId('layer-error')).toContainText('Air freight corridor');
	// The rest works: toggles, the list, the summary.
	await page.locator('input[name="layer"][value="cities"]').check();
	await waitForLayers(page, [
		'durand-line',
		'crossings',
		'cities',
		'karachi-torkham',
		'air-corridor'
	]);
	await page.locator('li[data-slug="torkham"] button').click();
	await expect(page.getByTestId('location-card')).toBeVisible();
	expect(errors).toEqual([]);
});

test('a basemap tile that fails is named, and the places and routes still draw', async ({
	page
}) => {
	// (MapLibre reads a 404 as an empty tile; a server error is a failure.)
	await page.route('**/tiles/basemap/4/**', (route) => route.fulfill({ status: 500 }));
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	await waitForMap(page);
	await expect(page.getByTestId('layer-error')).toContainText('Basemap');
	await waitForLayers(page, ['durand-line', 'crossings', 'cities', 'chabahar-corridor']);
	await page.locator('input[name="layer"][value="karachi-torkham"]').check();
	await expect(page.locator('[data-map-state]')).toHaveAttribute(
		'data-rendered-layers',
		/karachi-torkham/
	);
	expect(errors).toEqual([]);
});

for (const width of [320, 360, 768, 1280, 2560]) {
	test(`the dashboard holds at ${width} px wide`, async ({ page }) => {
		await page.setViewportSize({ width, height: width < 700 ? 740 : 900 });
		await page.goto('/');
		await waitForMap(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
		expect(map.width).toBeGreaterThan(width < 700 ? width - 20 : width / 2);
		expect(map.height).toBeGreaterThan(250);
		await expect(page.locator('input[name="layer"]').first()).toBeVisible();
		await page.screenshot({
			path: `test-results/screenshots/dashboard-${width}.png`,
			fullPage: true
		});
	});
}

/**
 * Random sequences of clicks and key presses, then the view must match its URL. Eight runs of 25
 * rather than one of 200, so no single test's time budget grows with the machine's speed (a run
 * of 50 took a whole minute on a loaded machine once the incidents layer could be among them).
 */
for (const run of [0, 1, 2, 3, 4, 5, 6, 7])
	test(`after 25 random clicks and key presses (run ${run + 1} of 8) the view matches its URL`, async ({
		page
	}) => {
		await randomActionsMatchUrl(page, 20251012 + run, 25);
	});

async function randomActionsMatchUrl(page: Page, seed: number, numRuns: number) {
	const slugs = readdirSync('geodata/locations').map((file) => file.replace(/\.json$/, ''));
	await page.goto('/');
	await waitForControls(page);
	const range = [
		await page.locator('.ends span').first().textContent(),
		await page.locator('.ends span').last().textContent()
	];
	expect(range[0]).toBeTruthy();
	const actions = fc.sample(
		fc.oneof(
			fc.record({ kind: fc.constant('toggle' as const), id: fc.constantFrom(...LAYER_IDS) }),
			fc.record({ kind: fc.constant('place' as const), slug: fc.constantFrom(...slugs) }),
			fc.record({
				kind: fc.constant('slider' as const),
				key: fc.constantFrom('ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End')
			}),
			fc.record({
				kind: fc.constant('button' as const),
				name: fc.constantFrom(
					'Back one day',
					'Forward one day',
					'Back one week',
					'Forward one week'
				)
			}),
			fc.record({
				kind: fc.constant('listKey' as const),
				key: fc.constantFrom('ArrowDown', 'ArrowUp')
			})
		),
		{ numRuns, seed }
	);
	for (const action of actions) {
		if (action.kind === 'toggle')
			await page.locator(`input[name="layer"][value="${action.id}"]`).click();
		if (action.kind === 'place')
			await page.locator(`li[data-slug="${action.slug}"] button`).click();
		if (action.kind === 'slider') {
			await page.getByRole('slider', { name: 'Date' }).focus();
			await page.keyboard.press(action.key);
		}
		if (action.kind === 'button') await page.getByRole('button', { name: action.name }).click();
		if (action.kind === 'listKey') {
			await page.locator('li[data-slug] button').first().focus();
			await page.keyboard.press(action.key);
		}
	}
	await page.waitForTimeout(500);
	const context = {
		slugs: new Set(slugs),
		dateRange: ['2000-01-01', '2100-01-01'] as const,
		defaultDate: await page.evaluate(() =>
			document.querySelector('time')!.getAttribute('datetime')!
		)
	};
	const view = parseView(new URL(page.url()).search, context);
	for (const id of LAYER_IDS) {
		await expect(page.locator(`input[name="layer"][value="${id}"]`)).toBeChecked({
			checked: view.layers.includes(id)
		});
	}
	await waitForLayers(page, [...view.layers]);
	const [year, month, day] = view.date.split('-').map(Number) as [number, number, number];
	const shown = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	});
	await expect(page.getByTestId('date-output')).toHaveText(shown.replace('Sept', 'Sep'));
	if (view.loc) {
		await expect(page.locator(`li[data-slug="${view.loc}"]`)).toHaveClass(/selected/);
		await expect(page.getByTestId('location-card')).toBeVisible();
	} else {
		await expect(page.getByTestId('location-card')).toHaveCount(0);
	}
}

const HOSTILE_VALUES = fc.sample(
	fc.oneof(
		fc.constantFrom(
			'<script>window.pwned=1</script>',
			'"><img src=x onerror="window.pwned=1">',
			'javascript:window.pwned=1',
			"'';!--\"<XSS>=&{()}",
			'%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E',
			'{{constructor.constructor("window.pwned=1")()}}',
			'../../../etc/passwd',
			'\u202e\u0000\uffff'
		),
		fc.string({ maxLength: 40 })
	),
	{ numRuns: 20, seed: 7 }
);
const PARAMETERS = ['layers', 'date', 'loc', 'map', 'lang', 'window'];

/** Dismisses every dialog the page opens (a hostile `alert()` that ran), counting them. */
function dismissDialogs(page: Page): { count: number } {
	const dialogs = { count: 0 };
	page.on('dialog', (dialog) => {
		dialogs.count += 1;
		return dialog.dismiss();
	});
	return dialogs;
}

/*
 * A page load per hostile value (alternating the dashboard and an embed), with the value in every
 * view parameter at once: each load tries the value on every parser, the one that runs before the
 * page hydrates (the early map's) included. One test per load, so each has the ordinary budget of
 * one page load whatever the machine's speed; a small viewport, as an embed has, since what is
 * tested does not depend on its size and a software GPU draws a small map much sooner.
 */
test.describe('hostile URLs', () => {
	test.use({ viewport: { width: 640, height: 480 } });
	for (const [index, value] of HOSTILE_VALUES.entries()) {
		const path = index % 2 ? '/' : '/embed/torkham';
		test(`hostile URL ${index + 1} of ${HOSTILE_VALUES.length} (${path}, every parameter): runs no script, crashes nothing, echoes nothing`, async ({
			page
		}) => {
			const dialogs = dismissDialogs(page);
			const watch = watchPage(page);
			const query = PARAMETERS.map((name) => `${name}=${encodeURIComponent(value)}`).join('&');
			await page.goto(`${path}?${query}`);
			await expect(page.locator('[data-map-state]')).not.toHaveAttribute(
				'data-map-state',
				'loading',
				{ timeout: 45_000 }
			);
			expect(
				await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
			).toBeUndefined();
			// Anything that could open a tag must never come back as markup.
			if (/<[a-z!/]/i.test(value)) expect(await page.content()).not.toContain(value);
			expect(dialogs.count).toBe(0);
			expect(watch.errors).toEqual([]);
		});
	}
});

const QUERY_NAMES = PARAMETERS;
const HOSTILE_QUERIES = fc.sample(
	fc
		.tuple(
			fc.constantFrom(...QUERY_NAMES),
			fc.oneof(
				fc.string({ maxLength: 60 }),
				fc.string({ unit: 'binary', maxLength: 30 }),
				fc.constantFrom(
					'<script>window.pwned=1</script>',
					'"><svg onload="window.pwned=1">',
					'javascript:window.pwned=1',
					'2025-10-20<img src=x onerror=window.pwned=1>',
					'7/34/71"><b>',
					'ps"><script>window.pwned=1</script>'
				)
			)
		)
		.map(([name, value]) => ({ name, value })),
	{ numRuns: 1000, seed: 1893 }
);
const BATCH = 100;

// A thousand queries in ten tests of a hundred, each through one live page (embed-sized, as above).
test.describe('hostile queries', () => {
	test.use({ viewport: { width: 640, height: 480 } });
	for (let start = 0; start < HOSTILE_QUERIES.length; start += BATCH) {
		const batch = HOSTILE_QUERIES.slice(start, start + BATCH);
		test(`hostile queries ${start + 1}–${start + batch.length} of ${HOSTILE_QUERIES.length} through the live page: no script, no crash, no echo`, async ({
			page
		}) => {
			const dialogs = dismissDialogs(page);
			const watch = watchPage(page);
			await page.goto('/embed/torkham');
			await waitForMap(page);
			await waitForHydration(page);
			for (const { name, value } of batch) {
				// A same-page link: SvelteKit navigates in place, and the page re-reads its URL.
				await page.evaluate(
					(href) => {
						const link = document.createElement('a');
						link.href = href;
						document.body.append(link);
						link.click();
						link.remove();
					},
					`/embed/torkham?${name}=${encodeURIComponent(value)}`
				);
			}
			await expect(page.getByTestId('summary')).toBeVisible();
			const html = await page.content();
			for (const { value: sent } of batch) {
				// Anything that could open a tag must never come back as markup.
				if (/<[a-z!/]/i.test(sent)) expect(html).not.toContain(sent);
			}
			await expect(page.getByTestId('summary')).toContainText('Torkham');
			expect(
				await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
			).toBeUndefined();
			expect(dialogs.count).toBe(0);
			expect(watch.errors).toEqual([]);
			expect(watch.csp).toEqual([]);
		});
	}
});
