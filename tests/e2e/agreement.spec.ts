/**
 * The map and the place list beside it give every place the same status, on a spread of dates:
 * the severity the map draws for each place (read back from the map: `data-rendered-severities`)
 * is the severity of the status word the list shows for it.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { LAYERS, LAYER_IDS } from '../../src/lib/layers/registry';
import { SEVERITY_OF, type Status } from '../../src/lib/data/vocabulary';
import type { Location } from '../../src/lib/data/types';
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

for (const date of DATES) {
	test(`on ${date} the map draws every place as the list lists it`, async ({ page }) => {
		// Every layer on, the whole region in view.
		await page.goto(`/?date=${date}&layers=${LAYER_IDS.join(',')}&map=4/30/66`);
		await waitForLayers(page, [...LAYER_IDS]);
		const rendered = await page
			.locator('[data-map-state]')
			.getAttribute('data-rendered-severities');
		const drawn = new Map(
			rendered!.split(',').map((entry) => entry.split(':') as [string, string])
		);
		expect([...drawn.keys()].sort()).toEqual(drawable);

		const listed = await page
			.locator('li[data-slug]')
			.evaluateAll((items) =>
				items.map((item) => [
					item.getAttribute('data-slug')!,
					item.querySelector('[data-status]')!.getAttribute('data-status')!
				])
			);
		expect(listed).toHaveLength(places.length);
		for (const [slug, status] of listed) {
			if (!drawn.has(slug!)) continue;
			expect(drawn.get(slug!), `${slug} on ${date}: listed ${status}`).toBe(
				SEVERITY_OF[status as Status]
			);
		}
	});
}
