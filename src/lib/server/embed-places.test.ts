import { describe, expect, it } from 'vitest';
import { embedPlaces, TABLE_LIMIT } from './embed-places';
import { mapPageData } from './map-page-data';
import { LAYERS } from '$lib/layers/registry';
import { SUMMARY_SLUGS, summarySentence } from '$lib/i18n/phrases';
import { mapViewModel } from '$lib/view/map-view-model';
import type { MapLocation } from '$lib/data/types';

const { locations, asOf } = mapPageData();
const place = (slug: string) => locations.find((location) => location.slug === slug)!;

describe('the places an embed carries', () => {
	const torkham = embedPlaces(place('torkham'), locations);
	const carried = new Set(torkham.places.map((location) => location.slug));

	it('start the table with the place itself, then its routes and its neighbours in view', () => {
		expect(torkham.table[0]).toBe('torkham');
		expect(torkham.table).toContain('karachi-torkham');
		expect(torkham.table).toContain('peshawar');
		expect(torkham.table).not.toContain('chabahar');
		expect(torkham.table.length).toBeLessThanOrEqual(TABLE_LIMIT);
		for (const slug of torkham.table) expect(carried).toContain(slug);
	});

	it('are enough for the summary and every route’s status, on any date', () => {
		for (const slug of SUMMARY_SLUGS) expect(carried).toContain(slug);
		for (const layer of LAYERS) {
			if (layer.source.type === 'route') expect(carried).toContain(layer.source.corridor);
		}
		for (const date of ['2025-02-25', '2025-10-20', asOf]) {
			const whole = mapViewModel(locations, date);
			const own = mapViewModel(torkham.places, date);
			expect(summarySentence(torkham.places, date)).toBe(summarySentence(locations, date));
			expect(own.routeSeverity).toEqual(whole.routeSeverity);
		}
	});

	it('do not grow with the places elsewhere, and the table stops at its limit', () => {
		// Sixty extra crossings around Torkham, sixty far away in Iran.
		const copy = (slug: string, n: number, [dx, dy]: [number, number]): MapLocation => {
			const source = place(slug);
			const [lon, lat] = source.geometry!.coordinates as [number, number];
			return {
				...source,
				slug: `${slug}-copy-${n}`,
				geometry: { type: 'Point', coordinates: [lon + dx, lat + dy] }
			};
		};
		const near = Array.from({ length: 60 }, (_, n) => copy('torkham', n, [0.01 * n, 0.005]));
		const far = Array.from({ length: 60 }, (_, n) => copy('chabahar', n, [0.01 * n, 0.1]));
		const many = embedPlaces(place('torkham'), [...locations, ...near, ...far]);
		expect(many.table).toHaveLength(TABLE_LIMIT);
		expect(many.table[0]).toBe('torkham');
		const slugs = many.places.map((location) => location.slug);
		expect(slugs.filter((slug) => slug.startsWith('chabahar-copy'))).toEqual([]);
		// The new neighbours cost at most a table's worth of places, not 60 (nor 120).
		expect(many.places.length).toBeLessThanOrEqual(torkham.places.length + TABLE_LIMIT);
		// The ones left out are counted for the "more in view" line.
		const inTable = many.table.filter((slug) => slug.startsWith('torkham-copy')).length;
		expect(many.moreInView).toBeGreaterThanOrEqual(60 - inTable);
	});
});
