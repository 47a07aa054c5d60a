import { LAYERS } from '../../src/lib/layers/registry';
import { expect, test } from '@playwright/test';
import { waitForControls, waitForMap } from './helpers';

test('the place list works from the keyboard: arrows select, Enter opens the page', async ({
	page
}) => {
	await page.goto('/');
	await waitForControls(page);
	const torkham = page.locator('li[data-slug="torkham"] button');
	await torkham.focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/loc=torkham/);
	await page.keyboard.press('ArrowDown');
	const next = page.locator('li[data-slug="wagah"] button');
	await expect(next).toBeFocused();
	await expect(page).toHaveURL(/loc=wagah/);
	await expect(page.getByTestId('location-card').getByRole('heading')).toContainText('Wagah');
	await page.keyboard.press('ArrowUp');
	await expect(torkham).toBeFocused();
	await page.keyboard.press('Home');
	await expect(page.locator('li[data-slug="angoor-adda"] button')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/locations\/angoor-adda$/);
	await expect(page.locator('h1')).toHaveText('Angoor Adda');
});

test('keyboard focus is always visible, and every layer toggle is reachable with Tab', async ({
	page
}) => {
	await page.goto('/');
	await waitForControls(page);
	const reached = new Set<string>();
	for (let i = 0; i < 40; i += 1) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element) return null;
			const style = getComputedStyle(element);
			return {
				value:
					element.getAttribute('name') === 'layer' ? (element as HTMLInputElement).value : null,
				outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
			};
		});
		if (focused?.value) {
			expect(focused.outline, `focus ring on ${focused.value}`).toBe(true);
			reached.add(focused.value);
		}
	}
	expect([...reached].sort()).toEqual(LAYERS.map((layer) => layer.id).sort());
});

test('the summary is announced politely when the date changes', async ({ page }) => {
	await page.goto('/?date=2025-10-01');
	await waitForMap(page);
	const summary = page.getByTestId('summary');
	await expect(summary).toHaveAttribute('aria-live', 'polite');
	await page.getByRole('button', { name: 'Forward one week' }).click();
	await expect(summary).toContainText('8 Oct 2025');
});
