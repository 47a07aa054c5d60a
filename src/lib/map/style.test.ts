import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import {
	buildStyle,
	labelLanguage,
	labelVariantId,
	shownProperties,
	stylePrefix,
	type MapLabels
} from './style';
import { LANGS } from '$lib/i18n';
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

	it('a layer with labels hides by visibility; only labels waiting in another language are transparent', () => {
		const labelled = { 'durand-line': 'label', crossings: 'markers', cities: 'labels' } as const;
		const everyLanguage: MapLabels = { lang: 'ps', laidOut: LANGS };
		for (const [id, part] of Object.entries(labelled) as [keyof typeof labelled, string][]) {
			for (const lang of LANGS)
				for (const ready of [false, true])
					expect(
						shownProperties(
							layerById(id),
							labelVariantId(`${id}:${part}`, lang),
							false,
							ready,
							everyLanguage
						).layout,
						`${id} in ${lang}`
					).toEqual({ visibility: 'none' });
			// Shown: only the page's language is drawn; the others are laid out once asked for.
			const shown = (lang: (typeof LANGS)[number], labels: MapLabels) =>
				shownProperties(layerById(id), labelVariantId(`${id}:${part}`, lang), true, true, labels);
			expect(shown('ps', everyLanguage)).toEqual({
				layout: { visibility: 'visible' },
				paint: { 'text-opacity': 1, 'icon-opacity': 1 }
			});
			expect(shown('fa', everyLanguage)).toEqual({
				layout: { visibility: 'visible' },
				paint: { 'text-opacity': 0, 'icon-opacity': 0 }
			});
			expect(shown('fa', { lang: 'ps', laidOut: ['en', 'ps'] }).layout).toEqual({
				visibility: 'none'
			});
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

	it('stays valid with every property a layer is shown or hidden with (the map does not validate them)', () => {
		const style = buildStyle({ visible: new Set(LAYER_IDS) });
		const labels: MapLabels[] = [
			{ lang: 'en', laidOut: ['en'] },
			{ lang: 'ps', laidOut: [...LANGS] }
		];
		const shownStyles = [false, true].flatMap((shown) =>
			[false, true].flatMap((ready) =>
				labels.map((laidOut) => ({
					...style,
					layers: style.layers.map((styleLayer) => {
						const id = LAYER_IDS.find((candidate) =>
							styleLayer.id.startsWith(stylePrefix(candidate))
						);
						if (!id) return styleLayer;
						const layer = layerById(id);
						const { layout, paint } = shownProperties(layer, styleLayer.id, shown, ready, laidOut);
						return {
							...styleLayer,
							layout: { ...('layout' in styleLayer ? styleLayer.layout : {}), ...layout },
							paint: { ...('paint' in styleLayer ? styleLayer.paint : {}), ...paint }
						} as typeof styleLayer;
					})
				}))
			)
		);
		for (const shownStyle of shownStyles) expect(validateStyleMin(shownStyle)).toEqual([]);
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
			// Labels in other languages than the page's wait out of the layout (see the next test).
			const waiting = ![null, 'en'].includes(labelLanguage(candidate.id));
			expect(candidate.layout?.visibility, candidate.id).toBe(
				shown && !waiting ? 'visible' : 'none'
			);
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
			(layer('durand-line:label@en') as { layout: Record<string, unknown> }).layout['text-field']
		).toBe('ډیورنډ کرښه');
	});

	it('draws every label once per language: the page’s in place, the others waiting beneath all', () => {
		const style = buildStyle({
			visible: new Set(LAYER_IDS),
			lang: 'fa',
			durandLabel: 'خط دیورند'
		});
		const ids = style.layers.map((layer) => layer.id);
		const labelled = ids.filter((id) => labelLanguage(id) === 'fa');
		expect(labelled.length).toBeGreaterThan(0);
		const background = ids.indexOf('background');
		for (const id of labelled) {
			const base = id.slice(0, id.lastIndexOf('@'));
			const layout = (lang: (typeof LANGS)[number]) =>
				(
					style.layers[ids.indexOf(labelVariantId(base, lang))] as {
						layout: Record<string, unknown>;
					}
				).layout;
			// In place among the layers above the basemap, drawn and laid out.
			expect(ids.indexOf(id), id).toBeGreaterThan(background);
			expect(layout('fa').visibility, id).toBe('visible');
			for (const lang of LANGS.filter((lang) => lang !== 'fa')) {
				// Beneath the basemap, out of the layout until asked for, and transparent.
				const variant = labelVariantId(base, lang);
				expect(ids.indexOf(variant), variant).toBeLessThan(background);
				expect(layout(lang).visibility, variant).toBe('none');
				expect(
					(style.layers[ids.indexOf(variant)] as { paint: Record<string, unknown> }).paint[
						'text-opacity'
					],
					variant
				).toBe(0);
			}
			// A place's label is the feature's own in each language; the Durand Line's is the page's.
			if (base.startsWith('durand-line')) {
				expect(layout('fa')['text-field']).toBe('خط دیورند');
				expect(layout('ps')['text-field']).toBe('');
			} else {
				expect(layout('fa')['text-field']).toEqual(['get', 'label_fa']);
				expect(layout('en')['text-field']).toEqual(['get', 'label']);
			}
		}
		// Nothing but label layers waits beneath the basemap.
		expect(ids.slice(0, background).every((id) => labelLanguage(id) !== null)).toBe(true);
	});
});
