import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { waitForMap, watchPage } from './helpers';

const slugs = readdirSync('geodata/locations').map((file) => file.replace(/\.json$/, ''));
const location = (slug: string) =>
	JSON.parse(readFileSync(`geodata/locations/${slug}.json`, 'utf8'));

/** No page error, no request off the origin, no CSP report, once the page has finished loading. */
async function loadsCleanly(page: Page, path: string) {
	const watch = watchPage(page);
	const response = await page.goto(path);
	expect(response?.status()).toBe(200);
	if (!path.startsWith('/embed')) await expect(page.locator('h1')).toBeVisible();
	if (path === '/' || path.startsWith('/embed')) await waitForMap(page);
	await page.waitForLoadState('networkidle');
	expect(watch.errors).toEqual([]);
	expect(watch.offOrigin).toEqual([]);
	expect(watch.csp).toEqual([]);
}

test.describe('every page loads cleanly', () => {
	for (const path of ['/', '/about', '/data', ...slugs.map((slug) => `/locations/${slug}`)]) {
		test(`${path}: no page error, no request off the origin`, async ({ page }) => {
			await loadsCleanly(page, path);
		});
	}
});

test.describe('every embed loads cleanly, at an article’s embed size', () => {
	// The embed builder's medium size; a software GPU also draws it far sooner than a full window.
	test.use({ viewport: { width: 640, height: 640 } });
	for (const path of ['/embed', ...slugs.map((slug) => `/embed/${slug}`)]) {
		test(`${path}: no page error, no request off the origin`, async ({ page }) => {
			await loadsCleanly(page, path);
		});
	}
});

test.describe('location pages with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('Torkham: status now, every closure with dates and length, figures, events, sources', async ({
		page
	}) => {
		await page.goto('/locations/torkham');
		await expect(page.locator('h1')).toHaveText('Torkham');
		await expect(page.locator('[lang="ps"]')).toHaveText('تورخم');
		await expect(page.getByTestId('status-now')).toContainText('restricted to returnees only');
		await expect(page.getByTestId('status-now')).toContainText('since 1 Nov 2025');

		// A row per closure part; where sources differ, a row of other readings follows it.
		const closures = page.locator(
			'section[aria-labelledby="closures-heading"] tbody tr:not(.reading-row)'
		);
		// Each closed or restricted period of the data is one row, with its length.
		const data = location('torkham');
		const closing = data.status.filter((p: { status: string }) =>
			['closed', 'restricted'].includes(p.status)
		);
		await expect(closures).toHaveCount(closing.length);
		await expect(closures.filter({ hasText: '21 Feb 2025' })).toContainText('18 Mar 2025');
		await expect(closures.filter({ hasText: '21 Feb 2025' })).toContainText('26');
		await expect(closures.filter({ hasText: '12 Oct 2025' })).toContainText('31 Oct 2025');
		await expect(closures.last()).toContainText('ongoing');
		await expect(page.locator('svg.timeline')).toBeVisible();

		// The Feb–Mar 2025 closure length is reported as 25 (The News) and 27 (Reuters): a range.
		await expect(page.locator('section[aria-labelledby="impact-heading"]')).toContainText('25–27');

		const events = page.locator('section[aria-labelledby="events-heading"] li');
		await expect(events).toHaveCount(data.events.length);

		// Every source cited is listed with a link.
		const sources = page.locator('section[aria-labelledby="sources-heading"] li a');
		expect(await sources.count()).toBeGreaterThan(5);
		await expect(page.getByTestId('static-map')).toBeVisible();
	});

	test('Chaman: the 2023–24 sit-in, the October 2025 closure and the returnees-only reopening', async ({
		page
	}) => {
		await page.goto('/locations/chaman');
		const rows = page.locator(
			'section[aria-labelledby="closures-heading"] tbody tr:not(.reading-row)'
		);
		await expect(rows.first()).toContainText('21 Oct 2023');
		await expect(rows.filter({ hasText: '12 Oct 2025' })).toContainText('closed');
		await expect(rows.filter({ hasText: '13 Oct 2025' })).toContainText('returnees only');
	});

	test('a place with no reported status says so instead of guessing', async ({ page }) => {
		const unreported = slugs.find((slug) => location(slug).status.length === 0)!;
		await page.goto(`/locations/${unreported}`);
		await expect(page.getByTestId('status-now')).toContainText('no reporting found');
	});
});

test('/data offers every CSV, each with a header and source URLs', async ({ page, request }) => {
	await page.goto('/data');
	const links = page.locator('a[href$=".csv"]');
	expect(await links.count()).toBe(7);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		const response = await request.get(href);
		expect(response.headers()['content-type']).toContain('text/csv');
		const text = (await response.text()).replace(/^\uFEFF/, '');
		const [header, ...rows] = text.trim().split('\r\n');
		expect(header!.split(',').length).toBeGreaterThan(2);
		expect(rows.length).toBeGreaterThan(0);
		if (!href.includes('locations')) expect(text).toMatch(/https?:\/\//);
	}
	const closures = await (await request.get('/data/closures.csv')).text();
	expect(closures).toMatch(/torkham,2025-10-12,,yes,closed,all,\d+/);
});

test('/about explains statuses and lists the corrections log', async ({ page }) => {
	await page.goto('/about');
	await expect(page.getByRole('heading', { name: 'How statuses are decided' })).toBeVisible();
	await expect(page.getByText('Natural Earth').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Corrections' })).toBeVisible();
	await expect(page.locator('ol.corrections li').first()).toBeVisible();
});

test('the Content-Security-Policy blocks a script injected into the page', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/locations/torkham');
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.body.append(script);
		return (window as unknown as { injected?: boolean }).injected === true;
	});
	expect(ran).toBe(false);
	await expect.poll(() => watch.csp.length).toBeGreaterThan(0);
});
