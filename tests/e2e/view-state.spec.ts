import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	differingShare,
	mapPixels,
	pixelsNear,
	project,
	waitForControls,
	waitForLayers,
	waitForMap
} from './helpers';
import { parseView } from '../../src/lib/url/view-state';
import { DEFAULT_CAMERA } from '../../src/lib/view/camera';
import { severityColour } from '../../src/lib/data/encoding';
import { PNG } from 'pngjs';

const torkham = JSON.parse(readFileSync('geodata/locations/torkham.json', 'utf8'));
const torkhamRow = (page: Page) => page.locator('li[data-slug="torkham"]');

/** Pixels of one colour in a 24 px box around Torkham's marker. */
async function colourAtTorkham(page: Page, hex: string): Promise<number> {
	const canvas = page.locator('.maplibregl-canvas');
	const box = (await canvas.boundingBox())!;
	const at = project(torkham.geometry.coordinates, DEFAULT_CAMERA, box.width, box.height);
	const shot = PNG.sync.read(
		await page.screenshot({
			clip: { x: box.x + at.x - 12, y: box.y + at.y - 12, width: 24, height: 24 }
		})
	);
	return pixelsNear(shot, hex);
}

test('the URL date sets every status: Torkham open on 1 Oct 2025, closed on 20 Oct 2025', async ({
	page
}) => {
	await page.goto('/?date=2025-10-01');
	await waitForMap(page);
	await expect(page.getByTestId('date-output')).toHaveText('1 Oct 2025');
	await expect(torkhamRow(page)).toContainText('open');
	await expect(page.getByTestId('summary')).toHaveText(/^On 1 Oct 2025: Torkham open;/);
	await expect.poll(() => colourAtTorkham(page, severityColour('ok'))).toBeGreaterThan(20);

	await page.goto('/?date=2025-10-20');
	await waitForMap(page);
	await expect(torkhamRow(page)).toContainText('closed');
	await expect(page.getByTestId('summary')).toContainText('On 20 Oct 2025: Torkham closed;');
	await expect.poll(() => colourAtTorkham(page, severityColour('stopped'))).toBeGreaterThan(20);
	expect(await colourAtTorkham(page, severityColour('ok'))).toBe(0);
});

test('the slider, from the keyboard, moves the date and rewrites the URL', async ({ page }) => {
	await page.goto('/?date=2025-10-01');
	await waitForControls(page);
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	for (let i = 0; i < 19; i += 1) await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('date-output')).toHaveText('20 Oct 2025');
	await expect(torkhamRow(page)).toContainText('closed');
	await expect(page).toHaveURL(/date=2025-10-20/);
	await expect(slider).toHaveAttribute('aria-valuetext', '20 Oct 2025');
});

test('step buttons move a day and a week; play advances and pause settles the URL', async ({
	page
}) => {
	await page.goto('/?date=2025-10-12');
	await waitForMap(page);
	await page.getByRole('button', { name: 'Back one day' }).click();
	await expect(page.getByTestId('date-output')).toHaveText('11 Oct 2025');
	await expect(torkhamRow(page)).toContainText('open');
	await page.getByRole('button', { name: 'Forward one week' }).click();
	await expect(page.getByTestId('date-output')).toHaveText('18 Oct 2025');
	await expect(torkhamRow(page)).toContainText('closed');

	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByTestId('date-output')).not.toHaveText('18 Oct 2025');
	await page.getByRole('button', { name: 'Pause' }).click();
	const shown = (await page.getByTestId('date-output').textContent())!;
	const paused = new Date(`${shown} 00:00 UTC`).toISOString().slice(0, 10);
	expect(paused > '2025-10-18').toBe(true);
	// The URL names the day the reader paused on (or nothing, when that is the default day).
	await expect
		.poll(() => new URL(page.url()).searchParams.get('date') ?? 'default')
		.toMatch(new RegExp(`^(${paused}|default)$`));
});

test('a route is blocked on the map while the crossing it depends on is closed', async ({
	page
}) => {
	// Before its own timeline starts (13 Oct 2025) and with Torkham open, the route is not reported:
	// an open crossing alone does not make a route "operating".
	await page.goto('/?layers=karachi-torkham&date=2025-10-01');
	await waitForMap(page);
	await waitForLayers(page, ['karachi-torkham']);
	const before = await mapPixels(page);
	expect(pixelsNear(before, severityColour('unknown'))).toBeGreaterThan(50);
	expect(pixelsNear(before, severityColour('stopped'))).toBe(0);
	await page.goto('/?layers=karachi-torkham&date=2025-10-20');
	await waitForMap(page);
	await waitForLayers(page, ['karachi-torkham']);
	const after = await mapPixels(page);
	expect(pixelsNear(after, severityColour('stopped'))).toBeGreaterThan(50);
});

test('a copied URL opened in a fresh page gives the same view', async ({ page, browser }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.locator('input[name="layer"][value="karachi-torkham"]').check();
	await page.locator('input[name="layer"][value="cities"]').uncheck();
	await page.locator('li[data-slug="chaman"] button').click();
	await page.getByRole('button', { name: 'Back one week' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(page).toHaveURL(/map=/);
	await waitForLayers(page, ['durand-line', 'crossings', 'chabahar-corridor', 'karachi-torkham']);
	const url = page.url();
	const original = await mapPixels(page);

	const fresh = await (
		await browser.newContext({ viewport: { width: 1280, height: 800 } })
	).newPage();
	await fresh.goto(url);
	await waitForMap(fresh);
	await waitForLayers(fresh, ['durand-line', 'crossings', 'chabahar-corridor', 'karachi-torkham']);
	for (const [id, on] of [
		['karachi-torkham', true],
		['cities', false],
		['durand-line', true]
	] as const) {
		await expect(fresh.locator(`input[name="layer"][value="${id}"]`)).toBeChecked({ checked: on });
	}
	await expect(fresh.getByTestId('date-output')).toHaveText(
		(await page.getByTestId('date-output').textContent())!
	);
	await expect(fresh.getByTestId('location-card').getByRole('heading')).toHaveText(
		'Chaman–Spin Boldak (Friendship Gate)'
	);
	const context = {
		slugs: new Set(['chaman']),
		dateRange: ['2000-01-01', '2100-01-01'] as const,
		defaultDate: '2026-01-01'
	};
	expect(parseView(new URL(fresh.url()).search, context)).toEqual(
		parseView(new URL(url).search, context)
	);
	expect(differingShare(original, await mapPixels(fresh))).toBeLessThan(0.01);
});

test('back and forward walk through the reader’s changes', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const box = page.locator('input[name="layer"][value="air-corridor"]');
	await box.check();
	await expect(page).toHaveURL(/layers=.*air-corridor/);
	await page.locator('li[data-slug="kabul"] button').click();
	await expect(page).toHaveURL(/loc=kabul/);
	await page.goBack();
	await expect(page).not.toHaveURL(/loc=kabul/);
	await expect(page.getByTestId('location-card')).toHaveCount(0);
	await expect(box).toBeChecked();
	await page.goBack();
	await expect(box).not.toBeChecked();
	await page.goForward();
	await expect(box).toBeChecked();
});

test('changes made within one frame are written as one history entry, after the map has them', async ({
	page
}) => {
	await page.goto('/');
	await waitForControls(page);
	const entries = await page.evaluate(() => history.length);
	// Two toggles in one task: both reach the map at once, and the URL gets them as one step.
	const search = await page.evaluate(() => {
		for (const id of ['air-corridor', 'central-asia'])
			document.querySelector<HTMLInputElement>(`input[name="layer"][value="${id}"]`)!.click();
		return location.search;
	});
	expect(search, 'not written in the click itself').not.toMatch(/air-corridor/);
	await expect(page).toHaveURL(/layers=[^&]*air-corridor/);
	await expect(page).toHaveURL(/layers=[^&]*central-asia/);
	expect(await page.evaluate(() => history.length)).toBe(entries + 1);
	await page.goBack();
	await expect(page.locator('input[name="layer"][value="air-corridor"]')).not.toBeChecked();
	await expect(page.locator('input[name="layer"][value="central-asia"]')).not.toBeChecked();
});

test('malformed parameters fall back to the defaults and are never echoed', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(
		'/?date=2025-13-45&layers=<img src=x onerror=alert(1)>&loc=<script>alert(1)</script>&map=NaN/1/2&lang=xx'
	);
	await waitForMap(page);
	expect(errors).toEqual([]);
	const html = await page.content();
	expect(html).not.toContain('<script>alert(1)');
	expect(html).not.toContain('onerror=alert');
	await expect(page.getByTestId('location-card')).toHaveCount(0);
	await expect(page.locator('input[name="layer"][value="durand-line"]')).toBeChecked();
});
