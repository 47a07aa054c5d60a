import { describe, expect, it } from 'vitest';
import { openingFor, readOpening, type PrerenderedOpening } from './opening';
import { OPENING_ATTRIBUTE } from '$lib/view/early-attributes';
import { DEFAULT_LAYERS } from '$lib/layers/registry';

/** An embed of Torkham as the server writes it. */
const torkham: PrerenderedOpening = {
	context: {
		dateRange: ['2017-10-29', '2026-02-16'],
		defaultDate: '2026-02-16',
		defaultLoc: 'torkham',
		defaultCamera: { zoom: 6.5, lat: 34.1147, lon: 71.0847 },
		defaultLayers: ['durand-line', 'crossings', 'karachi-torkham']
	},
	routeSeverity: { 'karachi-torkham': 'stopped' },
	durandLabel: 'Durand Line',
	attribution: 'Natural Earth',
	compactAttribution: true
};

describe('the view a map starts on before its page hydrates', () => {
	it('is the page’s default view for a URL without a query', () => {
		expect(openingFor(torkham, '')).toEqual({
			visible: ['durand-line', 'crossings', 'karachi-torkham'],
			points: null,
			routeSeverity: { 'karachi-torkham': 'stopped' },
			selected: 'torkham',
			camera: { zoom: 6.5, lat: 34.1147, lon: 71.0847 },
			durandLabel: 'Durand Line',
			lang: 'en',
			attribution: 'Natural Earth',
			compactAttribution: true
		});
	});

	it('takes the layers and the camera from the URL: they need no data', () => {
		const opening = openingFor(torkham, '?layers=crossings,cities&map=8/34.2/71.1');
		expect(opening?.visible).toEqual(['crossings', 'cities']);
		expect(opening?.camera).toEqual({ zoom: 8, lat: 34.2, lon: 71.1 });
	});

	it('keeps the page’s own place, or none when the URL deselects it', () => {
		expect(openingFor(torkham, '?loc=torkham')?.selected).toBe('torkham');
		expect(openingFor(torkham, '?loc=')?.selected).toBeNull();
	});

	it('falls back to the defaults for malformed values, as the page will', () => {
		const opening = openingFor(torkham, '?layers=%3Cscript%3E&map=99/0/0&date=yesterday');
		expect(opening?.visible).toEqual(torkham.context.defaultLayers);
		expect(opening?.camera).toEqual(torkham.context.defaultCamera);
	});

	it('leaves to the page what needs its data: another date, language or place', () => {
		expect(openingFor(torkham, '?date=2025-10-20')).toBeNull();
		expect(openingFor(torkham, '?lang=ps')).toBeNull();
		expect(openingFor(torkham, '?loc=chaman')).toBeNull();
	});

	it('uses the dashboard’s defaults where the page names none', () => {
		const dashboard: PrerenderedOpening = {
			...torkham,
			context: { dateRange: torkham.context.dateRange, defaultDate: '2026-02-16' }
		};
		const opening = openingFor(dashboard, '');
		expect(opening?.visible).toEqual([...DEFAULT_LAYERS]);
		expect(opening?.selected).toBeNull();
	});
});

describe('the opening a map container carries', () => {
	const container = (value: string | null) =>
		({ getAttribute: (name: string) => (name === OPENING_ATTRIBUTE ? value : null) }) as Element;

	it('is read back as written', () => {
		expect(readOpening(container(JSON.stringify(torkham)))).toEqual(torkham);
	});

	it('is null when missing, malformed or not an opening', () => {
		expect(readOpening(container(null))).toBeNull();
		expect(readOpening(container('{"context":'))).toBeNull();
		expect(readOpening(container('{"routeSeverity":{}}'))).toBeNull();
		expect(readOpening(container('null'))).toBeNull();
	});
});
