/**
 * The dashboard's controls answer from the first paint (src/lib/view/early-input.js): what a
 * reader does before the page has hydrated is applied once it has, in order, and reaches the map.
 * The page's scripts are held back so that "before" lasts as long as the test needs.
 */
import { expect, test, type Page } from '@playwright/test';
import { LAYERS } from '../../src/lib/layers/registry';
import { addDays } from '../../src/lib/data/dates';
import { waitForHydration, waitForMap, watchPage } from './helpers';

/** Holds back every script file of the app until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

const hidden = LAYERS.find((layer) => !layer.visibleByDefault)!;

test('a toggle, a place, a key, a date step and a language chosen before hydration all apply once it hydrates', async ({
	page
}) => {
	const watch = watchPage(page);
	const release = await holdScripts(page);
	await page.goto('/', { waitUntil: 'commit' });

	const layer = page.locator(`input[name="layer"][value="${hidden.id}"]`);
	await expect(layer).toBeEnabled();
	const asOf = (await page.locator('.as-of time').getAttribute('datetime'))!;
	const slugs = await page
		.locator('li[data-slug]')
		.evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')!));
	const afterTorkham = slugs[slugs.indexOf('torkham') + 1]!;

	await layer.check();
	await page.locator('li[data-slug="torkham"] button').click();
	// The list's own key: the arrow walks to the next place (the page's handler, not the browser's).
	await page.keyboard.press('ArrowDown');
	await page.getByRole('button', { name: 'Back one day' }).click();
	await page.getByLabel('Language').selectOption('ps');

	// Nothing has run yet: the URL and the page are as they loaded.
	await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', '');
	expect(new URL(page.url()).search).toBe('');

	release();
	await waitForHydration(page);
	await waitForMap(page);
	await expect
		.poll(() => Object.fromEntries(new URL(page.url()).searchParams))
		.toMatchObject({ loc: afterTorkham, date: addDays(asOf, -1), lang: 'ps' });
	expect(new URL(page.url()).searchParams.get('layers')!.split(',')).toContain(hidden.id);
	await expect(layer).toBeChecked();
	await expect(page.locator('[data-map-state]')).toHaveAttribute(
		'data-rendered-layers',
		new RegExp(`(^|,)${hidden.id}(,|$)`)
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ps');
	await expect(page.locator(`li[data-slug="${afterTorkham}"]`)).toHaveClass(/selected/);
	expect(watch.errors).toEqual([]);
	expect(watch.csp).toEqual([]);
});

test('Enter on a place before hydration opens its page, as it does after', async ({ page }) => {
	const release = await holdScripts(page);
	await page.goto('/', { waitUntil: 'commit' });
	const torkham = page.locator('li[data-slug="torkham"] button');
	await expect(torkham).toBeEnabled();
	await torkham.focus();
	await page.keyboard.press('Enter');
	// The browser's own click on Enter would only select the place; the page's handler opens it.
	release();
	await expect(page).toHaveURL(/\/locations\/torkham$/);
});
