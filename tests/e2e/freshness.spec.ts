/**
 * The freshness notice: a build made more than a month after the newest review says "Not updated
 * since …" on the dashboard and in embeds, and the oEmbed metadata carries the same date.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { STALE_AFTER_DAYS } from '../../src/lib/data/freshness';
import { formatDate } from '../../src/lib/i18n';

/** The newest review in geodata/, and the day the site was built (as the build decides it). */
const asOf = readdirSync('geodata/locations')
	.map((name) => JSON.parse(readFileSync(`geodata/locations/${name}`, 'utf8')).last_reviewed)
	.sort()
	.at(-1) as string;
const builtOn = process.env.BORDER_MAP_BUILD_DATE || new Date().toISOString().slice(0, 10);
const stale = (Date.parse(builtOn) - Date.parse(asOf)) / 86_400_000 > STALE_AFTER_DAYS;
const written = formatDate('en', asOf);

/** The notice is there, with the as-of date, exactly when the build is stale. */
async function expectNotice(page: Page) {
	const notice = page.getByTestId('stale-notice');
	if (stale) await expect(notice).toContainText(`Not updated since ${written}`);
	else await expect(notice).toHaveCount(0);
}

test(`the dashboard ${stale ? 'says' : 'does not say'} it is out of date (built ${builtOn}, data as of ${asOf})`, async ({
	page
}) => {
	await page.goto('/');
	await expectNotice(page);
});

test('an embed and its oEmbed metadata say the same', async ({ page, request }) => {
	await page.goto('/embed/torkham');
	await expectNotice(page);
	const oembed = await (await request.get('/oembed/torkham.json')).json();
	expect(oembed.border_map_data_as_of).toBe(asOf);
	expect(oembed.border_map_not_updated_since).toBe(stale ? asOf : null);
});

test('/data says how current the files are, for readers and for scripts', async ({
	page,
	request
}) => {
	await page.goto('/data');
	await expectNotice(page);
	const meta = await (await request.get('/data/meta.json')).json();
	expect(meta).toEqual({
		data_as_of: asOf,
		built_on: builtOn,
		stale_after_days: STALE_AFTER_DAYS,
		not_updated_since: stale ? asOf : null
	});
});
