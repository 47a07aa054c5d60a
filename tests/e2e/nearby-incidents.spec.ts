/**
 * A place page lists the strikes and clashes near it, server-rendered: with JavaScript off, the
 * Kabul page names the strikes on Kabul with each source's casualty figures, and maps them.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const sources: { id: string; publisher: string; mirror_of?: string }[] = JSON.parse(
	readFileSync('geodata/sources.json', 'utf8')
);
/** The outlet a casualty line names: the original, where the source is a mirror of it. */
const outlet = (id: string) => {
	const source = sources.find((candidate) => candidate.id === id)!;
	return source.mirror_of ?? source.publisher;
};
const incident = (month: string, id: string) =>
	(
		JSON.parse(readFileSync(`geodata/incidents/${month}.json`, 'utf8')) as {
			id: string;
			casualties: { source: string; killed?: number; injured?: number }[];
		}[]
	).find((candidate) => candidate.id === id)!;

const OMID = '2026-03-16-kabul-omid-hospital-airstrike';

test.describe('nearby incidents with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('Kabul lists the strikes on Kabul, newest first, each source’s casualties apart', async ({
		page,
		request
	}) => {
		await page.goto('/locations/kabul');
		const section = page.getByTestId('nearby-incidents');
		await expect(
			section.getByRole('heading', { name: 'Strikes and clashes within 50 km' })
		).toBeVisible();
		await expect(section).toContainText('Incidents recorded within 50 km of Kabul');

		const items = section.locator('li[data-incident]');
		await expect(items.first()).toHaveAttribute('data-incident', OMID);
		const ids = await items.evaluateAll((lis) => lis.map((li) => li.dataset.incident!));
		expect(ids).toEqual(
			expect.arrayContaining([
				OMID,
				'2026-03-12-kabul-airstrikes',
				'2026-02-27-kabul-airstrikes',
				'2025-10-15-kabul-drone-strikes',
				'2025-10-09-kabul-explosions',
				'2026-03-01-bagram-airstrike'
			])
		);
		expect([...ids].sort().reverse()).toEqual(ids);

		// The hospital strike: its date, type, place and every source's own figures, one line each.
		const omid = items.first();
		await expect(omid).toContainText('16 Mar 2026');
		await expect(omid).toContainText('airstrike');
		await expect(omid).toContainText('at Kabul');
		const lines = omid.getByTestId('incident-casualties').locator('li');
		const reports = incident('2026-03', OMID).casualties;
		await expect(lines).toHaveCount(reports.length);
		for (const [index, report] of reports.entries()) {
			await expect(lines.nth(index)).toContainText(
				`${outlet(report.source)}: ${report.killed} killed`
			);
		}
		// Never a total across sources (400 + 408 + 400 + 143).
		const total = reports.reduce((sum, report) => sum + (report.killed ?? 0), 0);
		await expect(section).not.toContainText(total.toLocaleString('en'));
		await expect(omid.locator('a[rel~="external"]').first()).toHaveAttribute('href', /^https?:/);

		// Bagram is its own point, 47 km out.
		await expect(section.locator('li[data-incident="2026-03-01-bagram-airstrike"]')).toContainText(
			'47 km away'
		);

		// The small map, drawn at build time with a mark for the strikes on Kabul and one for Bagram.
		const map = section.getByTestId('nearby-map');
		await expect(map).toBeVisible();
		expect(await map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
		const svg = await (await request.get((await map.getAttribute('src'))!)).text();
		expect(svg.match(/data-testid="incident-mark"/g)).toHaveLength(2);
		expect(svg).toMatch(new RegExp(`data-incidents="[^"]*${OMID}`));
	});

	test('a place with no incident near it says so; a line has no such section', async ({ page }) => {
		await page.goto('/locations/delhi');
		await expect(page.getByTestId('nearby-incidents')).toContainText(
			'No incident recorded within 50 km of Delhi.'
		);
		await expect(page.getByTestId('nearby-map')).toHaveCount(0);
		await page.goto('/locations/durand-line');
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.getByTestId('nearby-incidents')).toHaveCount(0);
	});
});

test('/data offers the incidents as CSV, a row per incident and source, and as GeoJSON', async ({
	page,
	request
}) => {
	await page.goto('/data');
	await expect(page.locator('a[href="/data/incidents.csv"]')).toBeVisible();
	await expect(page.locator('a[href="/data/layers/incidents.geojson"]')).toBeVisible();
	await expect(page.locator('main, body').first()).toContainText('report_number');

	const csv = (await (await request.get('/data/incidents.csv')).text()).replace(/^\uFEFF/, '');
	const [header, ...rows] = csv.trim().split('\r\n');
	const columns = header!.split(',');
	for (const column of [
		'incident_id',
		'report_source_id',
		'killed_min',
		'killed_max',
		'source_urls'
	])
		expect(columns).toContain(column);
	const omidRows = rows.filter((row) => row.startsWith(`${OMID},`));
	expect(omidRows).toHaveLength(incident('2026-03', OMID).casualties.length);
	expect(omidRows.join('\n')).toContain(',asomtimes-2026-03-17-408,');
});
