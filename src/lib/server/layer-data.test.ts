import { describe, expect, it } from 'vitest';
import { layerGeojson } from './layer-data';
import { geodata } from './geodata-cache';
import { mapPageData } from './map-page-data';
import { LAYERS } from '$lib/layers/registry';
import { mapViewModel } from '$lib/view/map-view-model';
import { labelProperty } from '$lib/geo/point-features';
import { LANGS } from '$lib/i18n';

describe('the point layer files', () => {
	// The map starts on these files and, for a later view, sends only features that differ from
	// what they hold, taking the page's own model of the data's date as their content (MapView's
	// `filePoints`). That holds only while the two are made the same way.
	it('hold exactly what the page’s own model shows on the data’s date', () => {
		const { locations, asOf } = mapPageData();
		const model = mapViewModel(locations, asOf);
		const pointLayers = LAYERS.filter((layer) => layer.source.type === 'points');
		expect(pointLayers.length).toBeGreaterThan(0);
		for (const layer of pointLayers) {
			const file = JSON.parse(JSON.stringify(layerGeojson(layer.id, geodata())));
			expect(file, layer.id).toEqual(JSON.parse(JSON.stringify(model.points[layer.id])));
		}
	});

	// A change of language gives the map no new data: it shows the labels of another language
	// (see labelVariantId in map/style.ts), so every label is in every feature.
	it('label every place in every language: its name there, else its English one', () => {
		const { locations } = mapPageData();
		const files = LAYERS.filter((layer) => layer.source.type === 'points').flatMap(
			(layer) => layerGeojson(layer.id, geodata()).features
		);
		expect(files.length).toBeGreaterThan(20);
		let translated = 0;
		for (const feature of files) {
			const place = locations.find((location) => location.slug === feature.properties?.slug)!;
			for (const lang of LANGS) {
				const label = feature.properties?.[labelProperty(lang)];
				const name = (lang === 'en' ? undefined : place.names[lang]) ?? place.names.en;
				// The everyday name: the whole name, or its part before a parenthesis.
				expect(label, `${place.slug} in ${lang}`).toBeTruthy();
				expect(name.startsWith(label), `${place.slug} in ${lang}`).toBe(true);
				if (lang !== 'en' && label !== feature.properties?.label) translated += 1;
			}
		}
		expect(translated).toBeGreaterThan(files.length);
	});
});
