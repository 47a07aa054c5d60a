/**
 * The map and the place list beside it give every place the same status, on a spread of dates:
 * the severity the map draws for each place (read back from the map: `data-rendered-severities`)
 * is the severity of the status word the list shows for it.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { LAYERS, LAYER_IDS } from '../../src/lib/layers/registry';
import { SEVERITY_OF, type Status } from '../../src/lib/data/vocabulary';
import type { Location } from '../../src/lib/data/types';
import { mapPageData } from '../../src/lib/server/map-page-data';
import { mapViewModel } from '../../src/lib/view/map-view-model';
import { addDays } from '../../src/lib/data/dates';
import { waitForLayers } from './helpers';

const places: Location[] = readdirSync('geodata/locations').map((file) =>
	JSON.parse(readFileSync(`geodata/locations/${file}`, 'utf8'))
);
/** What the map can draw with every layer on: located crossings, cities and ports, and the routes. */
const drawable = [
	...places
		.filter((place) => place.geometry && ['crossing', 'city', 'port'].includes(place.kind))
		.map((place) => place.slug),
	...LAYERS.flatMap((layer) => (layer.source.type === 'route' ? [layer.source.corridor] : []))
].sort();

const DATES = [
	'2023-01-05',
	'2023-11-21',
	'2024-01-15',
	'2024-08-25',
	'2025-03-20',
	'2025-06-15',
	'2025-10-20',
	'2025-11-15',
	'2026-03-01',
	'2026-07-01'
];

/** The severity the map draws for each place (its test hook), and the status the list shows. */
async function drawnAndListed(page: Page) {
	const rendered = await page.locator('[data-map-state]').getAttribute('data-rendered-severities');
	const drawn = new Map(
		(rendered ?? '').split(',').map((entry) => entry.split(':') as [string, string])
	);
	const listed = await page
		.locator('li[data-slug]')
		.evaluateAll((items) =>
			items.map(
				(item) =>
					[
						item.getAttribute('data-slug')!,
						item.querySelector('[data-status]')!.getAttribute('data-status')!
					] as [string, string]
			)
		);
	return { drawn, listed };
}

/** The places where the map's drawn severity is not the one of the status the list shows. */
async function disagreements(page: Page): Promise<string[]> {
	const { drawn, listed } = await drawnAndListed(page);
	return listed.flatMap(([slug, status]) =>
		drawn.has(slug) && drawn.get(slug) !== SEVERITY_OF[status as Status]
			? [`${slug}: listed ${status}, drawn ${drawn.get(slug)}`]
			: []
	);
}

for (const date of DATES) {
	test(`on ${date} the map draws every place as the list lists it`, async ({ page }) => {
		// Every layer on, the whole region in view.
		await page.goto(`/?date=${date}&layers=${LAYER_IDS.join(',')}&map=4/30/66`);
		await waitForLayers(page, [...LAYER_IDS]);
		const { drawn, listed } = await drawnAndListed(page);
		expect([...drawn.keys()].sort()).toEqual(drawable);
		expect(listed).toHaveLength(places.length);
		expect(await disagreements(page), `on ${date}`).toEqual([]);
	});
}

test('stepping away from the data’s date and back, the map sends new points only when a place changes, and always agrees with the list', async ({
	page
}) => {
	// Counts MapLibre 6's `LD` (load data) messages to its worker for the point sources: a point
	// layer given new data. (The incidents source gets each new window's markers regardless.)
	const pointSources: string[] = LAYERS.filter((layer) => layer.source.type === 'points').map(
		(layer) => layer.id
	);
	await page.addInitScript((sources) => {
		const counts = { loads: 0 };
		Object.assign(window, { __workerLoads: counts });
		const post = Worker.prototype.postMessage;
		Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
			const { type, data } = (message ?? {}) as { type?: string; data?: { source?: string } };
			if (type === 'LD' && sources.includes(data?.source ?? '')) counts.loads += 1;
			return post.call(this, message, ...rest);
		} as Worker['postMessage'];
	}, pointSources);
	const loads = () =>
		page.evaluate(
			() => (window as unknown as { __workerLoads: { loads: number } }).__workerLoads.loads
		);
	const { locations, asOf } = mapPageData();
	const features = (date: string) => JSON.stringify(mapViewModel(locations, date).points);
	const dayBefore = addDays(asOf, -1);

	await page.goto(`/?layers=${LAYER_IDS.join(',')}&map=4/30/66`);
	await waitForLayers(page, [...LAYER_IDS]);
	await expect.poll(() => disagreements(page)).toEqual([]);
	let unchangedSteps = 0;

	const steps: [string, string, string][] = [
		['Back one day', dayBefore, asOf],
		['Back one week', addDays(dayBefore, -7), dayBefore],
		['Forward one week', dayBefore, addDays(dayBefore, -7)],
		['Forward one day', asOf, dayBefore]
	];
	for (const [button, date, from] of steps) {
		const before = await loads();
		await page.getByRole('button', { name: button }).click();
		await expect(page).toHaveURL(date === asOf ? /^(?!.*date=)/ : new RegExp(`date=${date}`));
		await expect.poll(() => disagreements(page), { message: `on ${date}` }).toEqual([]);
		const changed = features(date) !== features(from);
		if (changed)
			await expect.poll(loads, { message: `new points on ${date}` }).toBeGreaterThan(before);
		else {
			expect(await loads(), `no new points on ${date}: no place changed`).toBe(before);
			unchangedSteps += 1;
		}
	}
	// The record changes some place on only a few days; these steps must include such a quiet one
	// (if the data's last day and the day before both change something, pick other days here).
	expect(unchangedSteps).toBeGreaterThan(0);
});
