/**
 * /changes and the feeds as a reader finds them: the dashboard links to /changes, which lists the
 * newest facts newest first, each opening the map on its day; every page's head offers the feed.
 */
import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';

test('/changes lists the newest facts, newest first, each opening the map on its day', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'What changed' }).click();
	await expect(page).toHaveURL(/\/changes$/);
	const items = page.getByTestId('changes').locator('li');
	expect(await items.count()).toBeGreaterThan(50);
	const dates = await items
		.locator('time')
		.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
	expect(dates).toEqual([...dates].sort().reverse());
	const first = items.first().locator('a');
	const href = (await first.getAttribute('href'))!;
	expect(new URL(href, 'http://x').searchParams.get('date')).toBe(dates[0]);
	await first.click();
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 45_000
	});
	await expect(page.getByTestId('date-output')).not.toHaveText('');
	expect(new URL(page.url()).searchParams.get('date')).toBe(dates[0]);
});

test('every page offers the Atom feed, and the feed is valid Atom', async ({ page, request }) => {
	for (const path of ['/', '/about', '/changes']) {
		await page.goto(path);
		await expect(
			page.locator('head link[rel="alternate"][type="application/atom+xml"][href="/feed.xml"]')
		).toHaveCount(1);
	}
	const response = await request.get('/feed.xml');
	expect(response.headers()['content-type']).toContain('application/atom+xml');
	const feed = parseFeed(await response.text());
	expect(feed.meta.type).toBe('atom');
	expect(feed.items.length).toBeGreaterThan(100);
});

test('a place page offers its own feed in its head and a Subscribe link to it', async ({
	page,
	request
}) => {
	await page.goto('/locations/torkham');
	await expect(
		page.locator(
			'head link[rel="alternate"][type="application/atom+xml"][href="/locations/torkham/feed.xml"]'
		)
	).toHaveCount(1);
	const subscribe = page.getByTestId('subscribe');
	await expect(subscribe).toHaveText('Subscribe to Torkham (Atom feed)');
	const feed = parseFeed(await (await request.get((await subscribe.getAttribute('href'))!)).text());
	expect(feed.title).toBe('Border Map: Torkham');
	expect(feed.items.length).toBeGreaterThan(10);
	for (const item of feed.items) expect(new URL(item.url!).searchParams.get('loc')).toBe('torkham');
});
