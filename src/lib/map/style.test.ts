import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, shownProperties, stylePrefix } from './style';
import { DEFAULT_LAYERS, LAYER_IDS, layerById } from '$lib/layers/registry';
import { severityColour, severityDash } from '$lib/data/encoding';

const isExpression = (value: unknown) => Array.isArray(value) && typeof value[0] === 'string';

describe('how a layer is shown', () => {
	const route = layerById('karachi-torkham');
	it('a route opens out of the layout when hidden, and once the map has drawn is only transparent', () => {
		expect(shownProperties(route, 'karachi-torkham:line', false)).toEqual({
			layout: { visibility: 'none' },
			paint: { 'line-opacity': 0 }
		});
		expect(shownProperties(route, 'karachi-torkham:line', false, true)).toEqual({
			layout: { visibility: 'visible' },
			paint: { 'line-opacity': 0 }
		});
		for (const ready of [false, true]) {
			expect(shownProperties(route, 'karachi-torkham:line', true, ready).paint).toEqual({
				'line-opacity': 1
			});
			expect(shownProperties(route, 'karachi-torkham:casing', true, ready).paint).toEqual({
				'line-opacity': 0.9
			});
		}
	});

	it('a layer with labels always hides by visibility: a transparent label would still take room', () => {
		for (const id of ['durand-line', 'crossings', 'cities'] as const) {
			for (const ready of [false, true]) {
				expect(shownProperties(layerById(id), `${id}:label`, false, ready)).toEqual({
					layout: { visibility: 'none' },
					paint: {}
				});
			}
		}
	});
});

describe('the map style', () => {
	it('is a valid MapLibre style in every view (the map does not validate it again)', () => {
		const views = [
			buildStyle({ visible: new Set() }),
			buildStyle({ visible: new Set(LAYER_IDS), selected: 'torkham', durandLabel: 'ډیورنډ کرښه' }),
			...(['ok', 'partial', 'stopped', 'unknown'] as const).map((severity) =>
				buildStyle({
					visible: new Set(DEFAULT_LAYERS),
					routeSeverity: Object.fromEntries(LAYER_IDS.map((id) => [id, severity]))
				})
			)
		];
		for (const style of views) expect(validateStyleMin(style)).toEqual([]);
	});

	it('draws with as few shader programs as it can: sizes and colours are constants', () => {
		// Each set of feature-driven paint properties (and sizes) compiles a program of its own.
		const style = buildStyle({ visible: new Set(LAYER_IDS) });
		const driven = style.layers.flatMap((layer) => {
			const paint = Object.entries(('paint' in layer && layer.paint) || {});
			const layout = Object.entries(('layout' in layer && layer.layout) || {}).filter(([name]) =>
				/-(size|width|radius)$/.test(name)
			);
			return [...paint, ...layout]
				.filter(([, value]) => isExpression(value))
				.map(([name]) => `${layer.id} ${name}`);
		});
		// As in the bare benchmark page, Afghanistan and Pakistan in a stronger fill; and incident
		// markers, each sized by its deaths and faded by its age: one program for every incident.
		expect(driven).toEqual([
			'countries fill-color',
			'incidents:markers icon-opacity',
			'incidents:markers icon-size'
		]);
	});

	it('opens in the given view: layers shown, route statuses, the selected place, the label', () => {
		const style = buildStyle({
			visible: new Set(DEFAULT_LAYERS),
			routeSeverity: { 'karachi-torkham': 'stopped' },
			selected: 'torkham',
			durandLabel: 'ډیورنډ کرښه'
		});
		const layer = (id: string) => style.layers.find((candidate) => candidate.id === id)!;
		for (const candidate of style.layers) {
			const registry = LAYER_IDS.find((id) => candidate.id.startsWith(stylePrefix(id)));
			if (!registry) continue;
			const shown = (DEFAULT_LAYERS as readonly string[]).includes(registry);
			const paint = ('paint' in candidate ? candidate.paint : {}) as Record<string, unknown>;
			expect(candidate.layout?.visibility, candidate.id).toBe(shown ? 'visible' : 'none');
			// A route also shows by its opacity (see shownProperties).
			if (layerById(registry).source.type === 'route')
				expect(paint['line-opacity'] !== 0, candidate.id).toBe(shown);
		}
		const line = layer('karachi-torkham:line') as { paint: Record<string, unknown> };
		expect(line.paint['line-color']).toBe(severityColour('stopped'));
		expect(line.paint['line-dasharray']).toEqual(severityDash('stopped'));
		expect((layer('crossings:selected') as { filter: unknown }).filter).toEqual([
			'==',
			['get', 'slug'],
			'torkham'
		]);
		expect(
			(layer('durand-line:label') as { layout: Record<string, unknown> }).layout['text-field']
		).toBe('ډیورنډ کرښه');
	});
});
