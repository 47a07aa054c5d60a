/** The incidents a place page lists and maps, from the real record (geodata/incidents/). */
import { describe, expect, it } from 'vitest';
import { NEARBY_RADIUS_KM } from '$lib/geo/incidents-near';
import { loadGeodata } from './geodata';
import { nearbyIncidents } from './nearby-incidents';
import { nearbyViewName, staticView } from './static-views';
import { staticSvg } from './static-svg';

const data = loadGeodata();
const near = (slug: string) => nearbyIncidents(data.bySlug[slug]!, data);
const ids = (slug: string) => near(slug)!.map(({ feature }) => feature.properties.id);

describe('nearbyIncidents', () => {
	it('lists the strikes on Kabul, newest first, with Bagram (47 km) and not Jalalabad (115 km)', () => {
		expect(ids('kabul')).toEqual([
			'2026-03-16-kabul-omid-hospital-airstrike',
			'2026-03-12-kabul-airstrikes',
			'2026-03-01-bagram-airstrike',
			'2026-02-27-kabul-airstrikes',
			'2025-10-15-kabul-drone-strikes',
			'2025-10-09-kabul-explosions'
		]);
		const bagram = near('kabul')!.find(({ feature }) => feature.properties.id.includes('bagram'))!;
		expect(bagram.km).toBeGreaterThan(45);
		expect(bagram.km).toBeLessThan(NEARBY_RADIUS_KM);
		expect(ids('kabul').some((id) => id.includes('jalalabad') || id.includes('nangarhar'))).toBe(
			false
		);
	});

	it('is every incident within the radius and no other (against a distance of our own)', () => {
		const haversine = ([lon1, lat1]: number[], [lon2, lat2]: number[]) => {
			const rad = Math.PI / 180;
			const h =
				Math.sin(((lat2! - lat1!) * rad) / 2) ** 2 +
				Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(((lon2! - lon1!) * rad) / 2) ** 2;
			return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
		};
		for (const location of data.locations) {
			if (!location.geometry) continue;
			const expected = data.incidents
				.filter((incident) => {
					const { place, coordinates } = incident.location;
					const point = place ? data.bySlug[place]!.geometry!.coordinates : coordinates!;
					return haversine(location.geometry!.coordinates, point) <= NEARBY_RADIUS_KM;
				})
				.map((incident) => incident.id);
			expect(ids(location.slug).sort(), location.slug).toEqual(expected.sort());
		}
	});

	it('carries each incident as the layer file does: casualties per source, sources in full', () => {
		const omid = near('kabul')![0]!.feature.properties;
		expect(omid.casualties.map((report) => [report.source, report.killed])).toEqual([
			['nagalandpost-2026-03-17-400', 400],
			['asomtimes-2026-03-17-408', 408],
			['reuters-2026-03-17-400', 400],
			['dazzlingdawn-2026-03-21-eid-kabul', 143]
		]);
		expect(omid.sources.every((source) => source.url.startsWith('http'))).toBe(true);
	});

	it('has nothing to say of a line (the border, a corridor)', () => {
		expect(near('durand-line')).toBeNull();
		expect(near('chabahar-corridor')).toBeNull();
	});
});

describe('the map of a place’s nearby incidents', () => {
	it('marks each of them, gathered where they share a spot, inside the radius ring', () => {
		const view = staticView(nearbyViewName('kabul'))!;
		const shape = view.shape();
		expect(shape.ring).toMatch(/^M/);
		expect(shape.incidents.flatMap((mark) => mark.ids).sort()).toEqual([...ids('kabul')].sort());
		// Five strikes placed at Kabul's own point are one mark; Bagram is another.
		expect(shape.incidents.map((mark) => mark.ids.length).sort()).toEqual([1, 5]);
		const svg = staticSvg(view);
		expect(svg.match(/data-testid="incident-mark"/g)).toHaveLength(2);
		expect(svg).toContain('data-incidents="2026-03-01-bagram-airstrike"');
	});

	it('is drawn only for a place with incidents near it', () => {
		expect(near('delhi')).toEqual([]);
		expect(staticView(nearbyViewName('delhi'))).toBeUndefined();
	});
});
