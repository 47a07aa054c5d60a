import { describe, expect, it } from 'vitest';
import { layerGeojson } from './layer-data';
import { geodata } from './geodata-cache';
import { mapPageData } from './map-page-data';
import { LAYERS } from '$lib/layers/registry';
import { mapViewModel } from '$lib/view/map-view-model';

describe('the point layer files', () => {
	// The map starts on these files and, for a later view, sends only features that differ from
	// what they hold, taking the page's own model of the data's date as their content (MapView's
	// `filePoints`). That holds only while the two are made the same way.
	it('hold exactly what the page’s own model shows on the data’s date, in English', () => {
		const { locations, asOf } = mapPageData();
		const model = mapViewModel(locations, asOf, 'en');
		const pointLayers = LAYERS.filter((layer) => layer.source.type === 'points');
		expect(pointLayers.length).toBeGreaterThan(0);
		for (const layer of pointLayers) {
			const file = JSON.parse(JSON.stringify(layerGeojson(layer.id, geodata())));
			expect(file, layer.id).toEqual(JSON.parse(JSON.stringify(model.points[layer.id])));
		}
	});
});
