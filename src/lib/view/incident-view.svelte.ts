/**
 * What a map view shows of the incidents layer, shared by the dashboard and the embed: whether it
 * is on, the incidents of the window (their months loaded when a window on the layer needs them),
 * the markers the map draws, and the incident a reader tapped, picked from the list or points at.
 */
import { incidentsInWindow } from '$lib/data/incidents';
import { incidentMarkers } from '$lib/geo/incident-markers';
import type { IncidentFeature } from '$lib/geo/incident-features';
import type { ViewState } from '$lib/url/view-state';
import { IncidentFeed } from './incident-feed.svelte';

export class IncidentView {
	readonly feed = new IncidentFeed();
	/** The incident tapped or picked from the list, and the one under the pointer. */
	picked: string | null = $state(null);
	hovered: string | null = $state(null);
	readonly #view: () => Pick<ViewState, 'layers' | 'date' | 'window'>;

	constructor(view: () => Pick<ViewState, 'layers' | 'date' | 'window'>) {
		this.#view = view;
		$effect(() => {
			if (this.on) void this.feed.load(this.#view().date, this.#view().window);
		});
	}

	/** Whether the view shows the incidents layer. */
	readonly on = $derived.by(() => this.#view().layers.includes('incidents'));

	/** The incidents of the months the window touches; null while the layer is off or they load. */
	readonly #features = $derived.by(() => {
		const { date, window } = this.#view();
		return this.on ? this.feed.features(date, window) : null;
	});

	/** Why the incidents could not be loaded, when they could not. */
	readonly error = $derived.by(() => this.feed.error);

	/** Whether the window's incidents are on their way. */
	readonly loading = $derived.by(() => this.on && !this.#features && !this.error);

	/** The incidents of the window, oldest first (none until loaded). */
	readonly inWindow: IncidentFeature[] = $derived.by(() => {
		const { date, window } = this.#view();
		const features = this.#features;
		if (!features) return [];
		return incidentsInWindow(features, (f) => f.properties.date, date, window).map(
			({ item }) => item
		);
	});

	/** The markers the map draws; null while the layer is off or the window's months load. */
	readonly markers = $derived.by(() => {
		const { date, window } = this.#view();
		const features = this.#features;
		return features ? incidentMarkers(features, date, window) : null;
	});

	/** The incident the card shows: the one pointed at, else the one picked, if in the window. */
	readonly card: IncidentFeature | null = $derived.by(() => {
		const id = this.hovered ?? this.picked;
		if (!this.on || !id) return null;
		return this.inWindow.find((feature) => feature.properties.id === id) ?? null;
	});

	/** What the map reports of incidents (see MapView's onincident). */
	heard = (id: string | null, how: 'pick' | 'hover') => {
		if (how === 'pick') this.picked = id;
		else this.hovered = id;
	};

	close = () => {
		this.picked = this.hovered = null;
	};
}
