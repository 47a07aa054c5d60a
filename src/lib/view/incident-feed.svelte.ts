/**
 * The incidents, fetched from their layer file the first time a view shows them (an English
 * reader who never turns the layer on downloads none), kept sorted by date so a window of them is
 * found by binary search at any scale.
 */
import type { FeatureCollection, Point } from 'geojson';
import { layerDataPath } from '$lib/layers/registry';
import type { IncidentFeature, IncidentProperties } from '$lib/geo/incident-features';

export class IncidentFeed {
	/** Every incident, oldest first; null until loaded. */
	features: IncidentFeature[] | null = $state.raw(null);
	/** Why the file could not be loaded, when it could not. */
	error: string | null = $state(null);
	#loading: Promise<void> | null = null;

	/** Loads the file once; later calls share the first. */
	load(fetcher: typeof fetch = fetch): Promise<void> {
		this.#loading ??= fetcher(layerDataPath('incidents'))
			.then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
				return response.json() as Promise<FeatureCollection<Point, IncidentProperties>>;
			})
			.then((collection) => {
				// The file is written oldest first (compareIncidents); sorting again costs little and
				// keeps the binary search right whatever wrote it.
				this.features = [...collection.features].sort((a, b) =>
					a.properties.date < b.properties.date ? -1 : a.properties.date > b.properties.date ? 1 : 0
				) as IncidentFeature[];
			})
			.catch((error: unknown) => {
				this.error = error instanceof Error ? error.message : String(error);
				this.#loading = null;
			});
		return this.#loading;
	}
}
