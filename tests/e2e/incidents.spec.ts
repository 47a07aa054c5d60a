/**
 * The incidents layer as a reader meets it: on a date, the map draws exactly the incidents of the
 * window before it (checked against geodata/incidents/, read here independently), the list twin
 * names the same ones and opens each with its casualties per source, a marker answers a click,
 * the window follows the URL, and the timeline shows the weeks of violence. The page fetches the
 * months a window touches (/data/incidents/<YYYY-MM>.json), never the whole layer file.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { project, waitForControls, waitForMap } from './helpers';

interface RecordedIncident {
	id: string;
	date: string;
	place: string;
	location: { place?: string; coordinates?: [number, number] };
	casualties: { source: string }[];
}

const incidents: RecordedIncident[] = readdirSync('geodata/incidents')
	.filter((name) => name.endsWith('.json'))
	.flatMap((name) => JSON.parse(readFileSync(`geodata/incidents/${name}`, 'utf8')));

/** Ids of the incidents dated in the `days` days up to `date`, by plain date arithmetic. */
function expectedIds(date: string, days: number): string[] {
	const end = Date.parse(`${date}T00:00:00Z`);
	const start = end - (days - 1) * 86_400_000;
	return incidents
		.filter((incident) => {
			const day = Date.parse(`${incident.date}T00:00:00Z`);
			return day >= start && day <= end;
		})
		.map((incident) => incident.id)
		.sort();
}

const drawnIds = async (page: Page) =>
	((await page.locator('[data-map-state]').getAttribute('data-rendered-incidents')) ?? '')
		.split(',')
		.filter(Boolean)
		.sort();

const LAYERS = 'durand-line,crossings,cities,incidents';

/** The months that have incidents, as geodata/incidents/ files them. */
const MONTHS = readdirSync('geodata/incidents')
	.filter((name) => name.endsWith('.json'))
	.map((name) => name.replace(/\.json$/, ''));

/** Records the incident files the page asks for: `months` (YYYY-MM) and whether it took the whole layer. */
function incidentRequests(page: Page) {
	const seen = { index: 0, months: [] as string[], layerFile: 0 };
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		const month = /^\/data\/incidents\/(\d{4}-\d{2})\.json$/.exec(pathname)?.[1];
		if (month) seen.months.push(month);
		if (pathname === '/data/incidents/index.json') seen.index += 1;
		if (pathname === '/data/layers/incidents.geojson') seen.layerFile += 1;
	});
	return seen;
}

/** The YYYY-MM months from `first` to `last`, both included, that have incidents. */
const monthsWithIncidents = (first: string, last: string) =>
	MONTHS.filter((month) => month >= first && month <= last).sort();

for (const [date, days, mustShow] of [
	['2025-10-16', 14, ['2025-10-15-spin-boldak-chaman-clash', '2025-10-11-angoor-adda-clash']],
	['2026-02-28', 3, ['2026-02-27-kabul-airstrikes', '2026-02-26-chaman-spin-boldak-clash']],
	['2026-03-17', 7, ['2026-03-16-kabul-omid-hospital-airstrike']]
] as const) {
	test(`on ${date} the map and the list show the incidents of the ${days} days before`, async ({
		page
	}) => {
		const wanted = expectedIds(date, days);
		for (const id of mustShow) expect(wanted, 'the press reports it in this window').toContain(id);
		await page.goto(`/?layers=${LAYERS}&date=${date}&window=${days}`);
		await waitForControls(page);
		await expect.poll(() => drawnIds(page)).toEqual(wanted);
		const listed = await page
			.getByTestId('incident-list')
			.locator('li[data-incident]')
			.evaluateAll((items) => items.map((item) => item.getAttribute('data-incident')!).sort());
		expect(listed).toEqual(wanted);
	});
}

test('the keyboard opens an incident from the list, with casualties as each source gives them', async ({
	page
}) => {
	const id = '2026-03-16-kabul-omid-hospital-airstrike';
	const record = incidents.find((incident) => incident.id === id)!;
	expect(record.casualties.length).toBeGreaterThan(1);
	await page.goto(`/?layers=${LAYERS}&date=2026-03-16&window=1`);
	await waitForControls(page);
	const button = page.locator(`li[data-incident="${id}"] button`);
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	const item = page.locator(`li[data-incident="${id}"]`);
	// One line per source: never a sum across sources that may count the same dead.
	await expect(item.getByTestId('incident-casualties').locator('li')).toHaveCount(
		record.casualties.length
	);
	await expect(item).toContainText('killed');
	// The map's card shows the same incident.
	await expect(page.getByTestId('incident-card')).toHaveAttribute('data-incident', id);
	await page.getByTestId('incident-card').getByRole('button', { name: 'Close' }).click();
	await expect(page.getByTestId('incident-card')).toHaveCount(0);
});

test('clicking an incident on the map shows its card', async ({ page }) => {
	const id = '2026-03-16-kabul-omid-hospital-airstrike';
	const kabul = JSON.parse(readFileSync('geodata/locations/kabul.json', 'utf8'));
	const camera = { zoom: 7, lat: 34.5, lon: 69.2 };
	await page.goto(
		`/?layers=durand-line,incidents&date=2026-03-16&window=1&map=${camera.zoom}/${camera.lat}/${camera.lon}`
	);
	await waitForControls(page);
	await expect.poll(() => drawnIds(page)).toContain(id);
	const canvas = page.locator('.maplibregl-canvas');
	const size = (await canvas.boundingBox())!;
	await canvas.click({
		position: project(kabul.geometry.coordinates, camera, size.width, size.height)
	});
	const card = page.getByTestId('incident-card');
	await expect(card).toHaveAttribute('data-incident', /kabul/);
	await expect(card.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
});

test('the window follows the menu into the URL, and a malformed window falls back to 14 days', async ({
	page
}) => {
	await page.goto(`/?layers=${LAYERS}&date=2026-03-01`);
	await waitForControls(page);
	await expect.poll(() => drawnIds(page)).toEqual(expectedIds('2026-03-01', 14));
	await page.getByLabel('Days shown').selectOption('30');
	await expect(page).toHaveURL(/window=30/);
	await expect.poll(() => drawnIds(page)).toEqual(expectedIds('2026-03-01', 30));

	await page.goto(`/?layers=${LAYERS}&date=2026-03-01&window=9999`);
	await waitForControls(page);
	await expect(page.getByLabel('Days shown')).toHaveValue('14');
	await expect.poll(() => drawnIds(page)).toEqual(expectedIds('2026-03-01', 14));
});

test('turning the layer on fetches the months of the window only, and draws them', async ({
	page
}) => {
	const seen = incidentRequests(page);
	await page.goto('/?layers=durand-line,crossings,cities&date=2025-10-16');
	await waitForControls(page);
	// A reader who has not turned the layer on has fetched none of it.
	expect(seen).toEqual({ index: 0, months: [], layerFile: 0 });
	await page.locator('input[name="layer"][value="incidents"]').check();
	await expect.poll(() => drawnIds(page)).toEqual(expectedIds('2025-10-16', 14));
	// 3–16 October: October, and at most the months either side, fetched ahead when idle.
	expect(seen.index).toBe(1);
	expect(seen.months).toContain('2025-10');
	expect(
		seen.months.every((month) => monthsWithIncidents('2025-09', '2025-11').includes(month))
	).toBe(true);
	expect(new Set(seen.months).size).toBe(seen.months.length);
	expect(seen.layerFile).toBe(0);
});

test('a year’s window fetches each of its months that has incidents, and draws them all', async ({
	page
}) => {
	const seen = incidentRequests(page);
	await page.goto(`/?layers=${LAYERS}&date=2026-03-01`);
	await waitForControls(page);
	await expect.poll(() => drawnIds(page)).toEqual(expectedIds('2026-03-01', 14));
	await page.getByLabel('Days shown').selectOption('365');
	const wanted = expectedIds('2026-03-01', 365);
	expect(wanted.length).toBeGreaterThan(expectedIds('2026-03-01', 14).length);
	await expect.poll(() => drawnIds(page)).toEqual(wanted);
	// 2 March 2025 – 1 March 2026, and a month either side.
	const window = monthsWithIncidents('2025-03', '2026-03');
	for (const month of window) expect(seen.months).toContain(month);
	expect(
		seen.months.every((month) => monthsWithIncidents('2025-02', '2026-04').includes(month))
	).toBe(true);
	expect(seen.layerFile).toBe(0);
});

test('stepping the date into the next month draws that month’s incidents', async ({ page }) => {
	const seen = incidentRequests(page);
	await page.goto(`/?layers=${LAYERS}&date=2026-02-28&window=1`);
	await waitForControls(page);
	const february = expectedIds('2026-02-28', 1);
	const march = expectedIds('2026-03-01', 1);
	expect(february.length && march.length, 'both days have incidents').toBeTruthy();
	await expect.poll(() => drawnIds(page)).toEqual(february);
	await page.getByRole('button', { name: 'Forward one day' }).click();
	await expect(page).toHaveURL(/date=2026-03-01/);
	await expect.poll(() => drawnIds(page)).toEqual(march);
	const listed = await page
		.getByTestId('incident-list')
		.locator('li[data-incident]')
		.evaluateAll((items) => items.map((item) => item.getAttribute('data-incident')!).sort());
	expect(listed).toEqual(march);
	expect(seen.months).toContain('2026-03');
	expect(seen.layerFile).toBe(0);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the timeline above the slider draws the weeks of October 2025 and February 2026', async ({
		page
	}) => {
		await page.goto('/');
		const timeline = page.getByTestId('incident-timeline');
		await expect(timeline).toBeVisible();
		// 13 Oct 2025 and 23 Feb 2026 are Mondays: the weeks of the first fighting and the open war.
		for (const week of ['2025-10-13', '2026-02-23']) {
			const bar = timeline.locator(`g[data-week="${week}"]`);
			await expect(bar).toHaveCount(1);
			await expect(bar.locator('title')).toContainText('incidents');
		}
	});
});

test('the layer reads right to left in Pashto', async ({ page }) => {
	await page.goto(`/?layers=${LAYERS}&date=2025-10-16&lang=ps`);
	await waitForControls(page);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const list = page.getByTestId('incident-list');
	await expect(list).toContainText('بریدونه او نښتې');
	const direction = await list.evaluate((element) => getComputedStyle(element).direction);
	expect(direction).toBe('rtl');
});

test('an embed carries the layer when its URL asks for it', async ({ page }) => {
	await page.goto(`/embed?layers=durand-line,incidents&date=2026-03-01&window=7`);
	await waitForMap(page);
	await expect.poll(() => drawnIds(page)).toEqual(expectedIds('2026-03-01', 7));
	await expect(page.getByTestId('incident-key')).toBeVisible();
});

test('axe finds no WCAG 2.2 AA violation with the layer on and an incident open', async ({
	page
}) => {
	await page.goto(`/?layers=${LAYERS}&date=2026-03-16&window=3`);
	await waitForControls(page);
	await page.getByTestId('incident-list').locator('li[data-incident] button').first().click();
	await expect(page.getByTestId('incident-card')).toBeVisible();
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
	).toEqual([]);
	await page.screenshot({ path: 'test-results/screenshots/incidents.png' });
});
