import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { LAYERS } from '../../src/lib/layers/registry';
import en from '../../src/lib/i18n/en';
import { DEFAULT_CAMERA } from '../../src/lib/view/camera';
import {
	differingShare,
	distinctColours,
	mapPixels,
	project,
	waitForLayers,
	waitForMap,
	watchPage
} from './helpers';

const DEFAULT_ON = LAYERS.filter((layer) => layer.visibleByDefault).map((layer) => layer.id);

test('/ loads the map with no page error and no request off its origin', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/');
	await waitForMap(page);
	await waitForLayers(page, DEFAULT_ON);
	expect(watch.errors).toEqual([]);
	expect(watch.offOrigin).toEqual([]);
	expect(watch.csp).toEqual([]);
	await page.screenshot({ path: 'test-results/screenshots/dashboard.png' });
});

test('the map draws something: the canvas is not blank', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const pixels = await mapPixels(page);
	// Sea, land, two focus fills, borders, routes, markers and labels: far more than a blank canvas.
	expect(distinctColours(pixels)).toBeGreaterThan(40);
});

test('attribution credits Natural Earth and the data sources on the map', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution).toContainText('Natural Earth');
	await expect(attribution).toContainText('Dawn');
});

for (const layer of LAYERS) {
	test(`the ${layer.id} checkbox changes what the map draws`, async ({ page }) => {
		// The incidents of the 14 days before the data's date are a handful of small marks; those
		// before 28 Feb 2026, the first days of open war, are dozens.
		await page.goto(layer.source.type === 'incidents' ? '/?date=2026-02-28' : '/');
		await waitForMap(page);
		await waitForLayers(page, DEFAULT_ON);
		const box = page.locator(`input[type="checkbox"][name="layer"][value="${layer.id}"]`);
		await expect(box).toHaveAccessibleName(new RegExp(en.layers[layer.id].title));
		const wasOn = await box.isChecked();
		expect(wasOn).toBe(layer.visibleByDefault);
		const before = await mapPixels(page);
		await box.click();
		await expect(box).toBeChecked({ checked: !wasOn });
		const expected = wasOn ? DEFAULT_ON.filter((id) => id !== layer.id) : [...DEFAULT_ON, layer.id];
		await waitForLayers(
			page,
			LAYERS.map((l) => l.id).filter((id) => (expected as string[]).includes(id))
		);
		const after = await mapPixels(page);
		expect(differingShare(before, after)).toBeGreaterThan(0.0005);
		await page.screenshot({ path: `test-results/screenshots/toggle-${layer.id}.png` });
	});
}

test('selecting a place in the list shows its status and a link to its page', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.locator('li[data-slug="torkham"] button').click();
	const card = page.getByTestId('location-card');
	await expect(card.getByRole('heading', { name: 'Torkham' })).toBeVisible();
	await expect(card.locator('[data-status]')).toBeVisible();
	await expect(card.getByRole('link')).toHaveAttribute('href', '/locations/torkham');
	await expect(page).toHaveURL(/loc=torkham/);
});

test('clicking a crossing on the map selects it', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const canvas = page.locator('.maplibregl-canvas');
	const size = (await canvas.boundingBox())!;
	// Torkham's sourced crossing point (geodata/locations/torkham.json).
	const torkham = JSON.parse(
		await (await import('node:fs/promises')).readFile('geodata/locations/torkham.json', 'utf8')
	);
	const point = project(torkham.geometry.coordinates, DEFAULT_CAMERA, size.width, size.height);
	await canvas.click({ position: point });
	await expect(
		page.getByTestId('location-card').getByRole('heading', { name: 'Torkham' })
	).toBeVisible();
	await expect(page.getByTestId('location-card').getByRole('link')).toHaveAttribute(
		'href',
		'/locations/torkham'
	);
});

/**
 * The page's form controls that are disabled (or, with `disabled: false`, enabled), each named by
 * its tag and label. `:disabled` counts the layer checkboxes, which a disabled fieldset disables.
 */
const controlsThatAre = (page: Page, { disabled }: { disabled: boolean }) =>
	page
		.locator('button, input, select')
		.evaluateAll(
			(controls, disabled) =>
				controls
					.filter((control) => control.matches(':disabled') === disabled)
					.map(
						(control) =>
							`${control.tagName} ${control.getAttribute('aria-label') ?? control.getAttribute('value') ?? control.textContent?.trim()}`
					),
			disabled
		);

test.describe('the dashboard with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('offers no control that would do nothing: every button, checkbox, slider and menu is disabled', async ({
		page
	}) => {
		await page.goto('/');
		const places = readdirSync('geodata/locations').length;
		// A checkbox per layer, a button per place, the slider, its four step buttons and play, the
		// language menu, "Embed this view" and "Download PNG".
		expect(await page.locator('button, input, select').count()).toBe(LAYERS.length + places + 9);
		expect(await controlsThatAre(page, { disabled: false })).toEqual([]);
	});
});

test('once the page has hydrated, none of its controls is disabled', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await expect.poll(() => controlsThatAre(page, { disabled: true })).toEqual([]);
});
