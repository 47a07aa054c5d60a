import { describe, expect, it } from 'vitest';
import { namesMentioned } from './route-facts';
import { mapPageData } from './map-page-data';

const { routes } = mapPageData();

describe('the names a location page carries for its route facts', () => {
	it('are the places its legs and ways to the sea name, not every place', () => {
		const facts = routes.bySlug['karachi-torkham']!;
		const names = namesMentioned(routes, facts);
		for (const leg of facts.lengths.legs) {
			expect(names[leg.from]?.en).toBeTruthy();
			expect(names[leg.to]?.en).toBeTruthy();
		}
		expect(names.delhi).toBeUndefined();
		expect(Object.keys(names).length).toBeLessThan(Object.keys(routes.names).length);
	});

	it('include every port and place on Kabul’s ways to the sea', () => {
		const names = namesMentioned(routes, { toSea: routes.toSea });
		for (const route of routes.toSea) {
			for (const slug of [route.port, ...route.through, ...route.path]) {
				expect(names[slug], slug).toBeDefined();
			}
		}
	});
});
