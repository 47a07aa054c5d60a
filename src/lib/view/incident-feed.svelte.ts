/**
 * The incidents a view's window needs, fetched month by month the first time a window shows them
 * (an English reader who never turns the layer on downloads none; one who does downloads the
 * months of the window, not the whole record) and cached. The build writes each month oldest
 * first, so the months of a window joined in order are sorted and a window of them is found by
 * binary search at any scale.
 *
 * A response only ever fills its own month's slot in the cache, and a view asks the cache for the
 * months of its own window: a slow month arriving after the reader has moved on cannot show in
 * place of the newer window.
 */
import { INCIDENT_INDEX_PATH, incidentMonthPath } from '$lib/layers/registry';
import { addMonths, windowMonths } from '$lib/data/incident-months';
import type { FeatureCollection, Point } from 'geojson';
import type {
	IncidentFeature,
	IncidentIndex,
	IncidentRecordFeature,
	IncidentRecordProperties
} from '$lib/geo/incident-features';

export class IncidentFeed {
	/** Why a file could not be loaded, when the last attempt failed. */
	error: string | null = $state(null);
	#index: IncidentIndex | null = $state.raw(null);
	/** Each loaded month's incidents, oldest first, their sources resolved from the index. */
	#months: Readonly<Record<string, IncidentFeature[]>> = $state.raw({});
	/** The fetches made or under way, by path: bookkeeping, not state a view reads. */
	readonly #fetched: Record<string, Promise<unknown> | undefined> = {};
	readonly #fetch: typeof fetch;

	constructor(fetcher: typeof fetch = (input, init) => fetch(input, init)) {
		this.#fetch = fetcher;
	}

	/**
	 * The incidents of the months the window of `days` days up to `date` touches, oldest first
	 * (incidentsInWindow picks the window from them); null until every one of them has loaded.
	 */
	features(date: string, days: number): IncidentFeature[] | null {
		const index = this.#index;
		if (!index) return null;
		let features: IncidentFeature[] = [];
		for (const month of this.#existing(index, windowMonths(date, days))) {
			const loaded = this.#months[month];
			if (!loaded) return null;
			features = features.concat(loaded);
		}
		return features;
	}

	/**
	 * Loads the window's months not loaded yet (calls share the fetches under way), then the
	 * months either side of them, so that a date step or a slider drag into one draws at once.
	 */
	async load(date: string, days: number): Promise<void> {
		try {
			const index = (this.#index = await this.#get<IncidentIndex>(INCIDENT_INDEX_PATH));
			const months = windowMonths(date, days);
			await Promise.all(
				this.#existing(index, months).map((month) => this.#loadMonth(index, month))
			);
			this.error = null;
			const around = [addMonths(months[0]!, -1), addMonths(months.at(-1)!, 1)];
			// Failures here wait for a window that needs the month.
			for (const month of this.#existing(index, around))
				this.#loadMonth(index, month).catch(() => undefined);
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	#existing(index: IncidentIndex, months: string[]): string[] {
		return months.filter((month) => index.months[month]);
	}

	/** The file's JSON, fetched once; a failed fetch is forgotten, to be tried again. */
	#get<T>(path: string): Promise<T> {
		return (this.#fetched[path] ??= this.#fetch(path)
			.then((response) => {
				if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
				return response.json();
			})
			.catch((error: unknown) => {
				delete this.#fetched[path];
				throw error;
			})) as Promise<T>;
	}

	/** Fetches a month and files its incidents, their sources resolved, under it. */
	async #loadMonth(index: IncidentIndex, month: string): Promise<void> {
		const { features } = await this.#get<FeatureCollection<Point, IncidentRecordProperties>>(
			incidentMonthPath(month)
		);
		// The build writes each month oldest first (and checks every source id resolves).
		if (this.#months[month]) return;
		const resolved = features.map((feature: IncidentRecordFeature): IncidentFeature => ({
			...feature,
			properties: {
				...feature.properties,
				sources: feature.properties.sources.map((id) => index.sources[id]!)
			}
		}));
		this.#months = { ...this.#months, [month]: resolved };
	}
}
