import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS } from '$lib/data/incidents';
import { DEFAULT_LAYERS, LAYER_IDS } from '$lib/layers/registry';
import { DEFAULT_CAMERA, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '$lib/view/camera';
import {
	defaultView,
	formatCamera,
	parseView,
	serializeView,
	type ViewContext
} from './view-state';

const context: ViewContext = {
	slugs: new Set(['torkham', 'chaman', 'kabul']),
	dateRange: ['2023-02-19', '2026-02-10'],
	defaultDate: '2026-02-10'
};

describe('parseView', () => {
	it('gives the defaults for an empty query', () => {
		expect(parseView('', context)).toEqual(defaultView(context));
	});

	it('reads every parameter', () => {
		const view = parseView(
			'layers=durand-line,karachi-torkham&date=2025-10-20&loc=torkham&map=7.5/34.1/71.08&lang=ps&window=7',
			context
		);
		expect(view).toEqual({
			layers: ['durand-line', 'karachi-torkham'],
			date: '2025-10-20',
			loc: 'torkham',
			camera: { zoom: 7.5, lat: 34.1, lon: 71.08 },
			lang: 'ps',
			window: 7
		});
	});

	it('keeps known layers in registry order and drops unknown ones', () => {
		const view = parseView('layers=karachi-torkham,nope,durand-line,durand-line', context);
		expect(view.layers).toEqual(['durand-line', 'karachi-torkham']);
	});

	it('reads an empty layers list as "no layers", and an all-unknown one as the default', () => {
		expect(parseView('layers=', context).layers).toEqual([]);
		expect(parseView('layers=foo,bar', context).layers).toEqual([...DEFAULT_LAYERS]);
	});

	it.each([
		['date=2025-02-30', 'impossible date'],
		['date=2020-01-01', 'before the data'],
		['date=2030-01-01', 'after the data'],
		['date=20251020', 'wrong format'],
		['date=<script>', 'markup']
	])('falls back to the default date for %s (%s)', (query) => {
		expect(parseView(query, context).date).toBe(context.defaultDate);
	});

	it.each([
		'map=99/34/71',
		'map=6/95/71',
		'map=6/34',
		'map=6/34/71/2',
		'map=a/b/c',
		'map=6/-80/71'
	])('falls back to the default camera for %s', (query) => {
		expect(parseView(query, context).camera).toEqual(DEFAULT_CAMERA);
	});

	it('ignores an unknown place and an unknown language', () => {
		const view = parseView('loc=atlantis&lang=de', context);
		expect(view.loc).toBeNull();
		expect(view.lang).toBe('en');
	});

	it('never throws and always returns a valid view, whatever the query', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 60 }), (raw, value) => {
				for (const query of [
					raw,
					`layers=${value}`,
					`date=${value}`,
					`loc=${value}`,
					`map=${value}`,
					`lang=${value}`
				]) {
					const view = parseView(query, context);
					expect(view.layers.every((id) => LAYER_IDS.includes(id))).toBe(true);
					expect(view.date >= context.dateRange[0] && view.date <= context.dateRange[1]).toBe(true);
					expect(view.loc === null || context.slugs.has(view.loc)).toBe(true);
					expect(['en', 'ps', 'fa', 'ur']).toContain(view.lang);
				}
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('views of one place (/embed/<slug>)', () => {
	const embed: ViewContext = {
		...context,
		defaultLoc: 'torkham',
		defaultCamera: { zoom: 7, lat: 34.1147, lon: 71.0847 }
	};

	it('start on the place and its camera, and write neither', () => {
		const view = parseView('', embed);
		expect(view.loc).toBe('torkham');
		expect(view.camera).toEqual(embed.defaultCamera);
		expect(serializeView(view, embed)).toBe('');
	});

	it('write an explicit empty loc when the reader deselects the place, and read it back', () => {
		const query = serializeView({ ...defaultView(embed), loc: null }, embed);
		expect(query).toBe('loc=');
		expect(parseView(query, embed).loc).toBeNull();
	});

	it('fall back to the place for an unknown loc', () => {
		expect(parseView('loc=atlantis', embed).loc).toBe('torkham');
	});
});

describe('serializeView', () => {
	it('writes nothing for the default view', () => {
		expect(serializeView(defaultView(context), context)).toBe('');
	});

	it('writes only what differs from the defaults, readably', () => {
		const view = { ...defaultView(context), date: '2025-10-20', loc: 'torkham' };
		expect(serializeView(view, context)).toBe('date=2025-10-20&loc=torkham');
		const layers = {
			...defaultView(context),
			layers: ['durand-line' as const, 'air-corridor' as const]
		};
		expect(serializeView(layers, context)).toBe('layers=durand-line,air-corridor');
	});

	it('round-trips any valid view through the URL', () => {
		const view = fc.record({
			layers: fc.subarray([...LAYER_IDS]),
			date: fc.constantFrom('2023-02-19', '2025-10-01', '2025-10-20', '2026-02-10'),
			loc: fc.constantFrom(null, 'torkham', 'kabul'),
			camera: fc.record({
				zoom: fc.integer({ min: MIN_ZOOM * 100, max: MAX_ZOOM * 100 }).map((n) => n / 100),
				lat: fc.integer({ min: MAX_BOUNDS[1] * 1e4, max: MAX_BOUNDS[3] * 1e4 }).map((n) => n / 1e4),
				lon: fc.integer({ min: MAX_BOUNDS[0] * 1e4, max: MAX_BOUNDS[2] * 1e4 }).map((n) => n / 1e4)
			}),
			lang: fc.constantFrom('en' as const, 'ps' as const, 'fa' as const, 'ur' as const),
			window: fc.integer({ min: 1, max: MAX_WINDOW_DAYS })
		});
		fc.assert(
			fc.property(view, (state) => {
				const parsed = parseView(serializeView(state, context), context);
				expect(parsed).toEqual({
					...state,
					layers: LAYER_IDS.filter((id) => state.layers.includes(id))
				});
			}),
			{ numRuns: 500 }
		);
	});

	it('writes the incidents window only when it is not the default, and reads back only whole days in range', () => {
		const view = { ...defaultView(context), window: 30 };
		expect(serializeView(view, context)).toBe('window=30');
		expect(parseView('window=30', context).window).toBe(30);
		for (const bad of ['0', '-3', '366', '3.5', '030', '1e2', 'abc', ''])
			expect(parseView(`window=${bad}`, context).window, bad).toBe(DEFAULT_WINDOW_DAYS);
		expect(parseView(`window=${MAX_WINDOW_DAYS}`, context).window).toBe(MAX_WINDOW_DAYS);
	});

	it('writes the camera as OpenStreetMap does: zoom/lat/lon, trimmed', () => {
		expect(formatCamera({ zoom: 6.123, lat: 34.11471, lon: 71.08 })).toBe('6.12/34.1147/71.08');
	});
});
