/**
 * The month files the page fetches (/data/incidents/<YYYY-MM>.json and their index), made from
 * the real geodata: together they are the incidents layer file, feature for feature, with every
 * source resolvable from the index and nothing lost.
 */
import { describe, expect, it } from 'vitest';
import { incidentIndex, incidentMonth, type IncidentFeature } from '$lib/geo/incident-features';
import { loadGeodata } from './geodata';
import { incidentLayer, layerGeojson } from './layer-data';

const data = loadGeodata('geodata');
const layer = incidentLayer(data);
const index = incidentIndex(layer);

describe('the incidents by month', () => {
	it('are the layer file cut by month: each feature once, in its date’s month, sources by id', () => {
		const months = Object.keys(index.months);
		expect(months).toEqual([...months].sort());
		const rebuilt: IncidentFeature[] = months.flatMap((month) => {
			const { features } = incidentMonth(layer, month);
			expect(features).toHaveLength(index.months[month]!);
			// Oldest first: the page finds a window in them by binary search, without sorting.
			const dates = features.map((feature) => feature.properties.date);
			expect(dates).toEqual([...dates].sort());
			return features.map((feature) => {
				expect(feature.properties.date.slice(0, 7)).toBe(month);
				return {
					...feature,
					properties: {
						...feature.properties,
						sources: feature.properties.sources.map((id) => index.sources[id]!)
					}
				};
			});
		});
		expect(rebuilt).toEqual(layerGeojson('incidents', data).features);
	});

	it('index every source the incidents cite, and only those', () => {
		const cited = new Set(data.incidents.flatMap((incident) => incident.sources));
		expect(new Set(Object.keys(index.sources))).toEqual(cited);
		for (const id of cited) expect(index.sources[id]).toEqual(data.sources[id]);
	});

	it('cost an incident much less than the layer file, which repeats its sources in full', () => {
		// What grows with the incidents is the month files; the index grows with the sources.
		const months = Object.keys(index.months).reduce(
			(sum, month) => sum + JSON.stringify(incidentMonth(layer, month)).length,
			0
		);
		expect(months / JSON.stringify(layer).length).toBeLessThan(0.65);
	});

	it('have no month without incidents', () => {
		expect(incidentMonth(layer, '2019-01').features).toEqual([]);
		expect(Object.values(index.months).every((count) => count > 0)).toBe(true);
	});
});
