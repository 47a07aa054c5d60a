/**
 * Keeps a page's view in step with its URL: the URL is the single source of truth, so the view is
 * read from it on load and on back/forward, and every change the reader makes is written back.
 *
 * A change is written with SvelteKit's shallow routing (`pushState`/`replaceState`), not `goto`: a
 * view change is not a navigation, and a navigation's work (matching the route, its lifecycle,
 * focus and scroll handling, the view read back from the URL) doubled the cost of every toggle on a
 * slow CPU. Back and forward between such entries fire `popstate` without a navigation, so the
 * view listens for it; real navigations still arrive through `afterNavigate`. Neither shallow step
 * reaches the layout, so the view hands a change of `lang=` to the page's language itself.
 */
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { onMount } from 'svelte';
import { useLang, type LangState } from '$lib/i18n/lang.svelte';
import {
	defaultView,
	parseView,
	serializeView,
	type ViewContext,
	type ViewState
} from '$lib/url/view-state';

export class UrlView {
	/** The current view. Prerendered HTML shows the defaults; the URL's view applies on mount. */
	state: ViewState = $state()!;
	#context: () => ViewContext;
	#lang: LangState = useLang();

	/** `context` is read lazily, so a page can pass a getter over its (reactive) data. */
	constructor(context: () => ViewContext) {
		this.#context = context;
		this.state = defaultView(context());
		onMount(() => {
			this.refresh();
			const onpopstate = () => this.refresh();
			addEventListener('popstate', onpopstate);
			return () => removeEventListener('popstate', onpopstate);
		});
		afterNavigate(() => this.refresh());
	}

	/** Reads the view from the URL again: after navigation, or when the context has grown. */
	refresh(): void {
		this.state = parseView(window.location.search, this.#context());
		this.#followLanguage();
	}

	/** Shows a change without touching the URL: for the frames of a drag or of playback. */
	preview(change: Partial<ViewState>): void {
		this.state = { ...this.state, ...change };
	}

	/**
	 * Applies a change and writes it to the URL. `replace` for continuous changes (camera, slider
	 * drags) so the history holds one entry per deliberate step, not one per frame.
	 */
	update(change: Partial<ViewState>, { replace = false } = {}): void {
		this.state = { ...this.state, ...change };
		const query = serializeView(this.state, this.#context());
		const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
		if (url === `${window.location.pathname}${window.location.search}`) return;
		(replace ? replaceState : pushState)(url, {});
		this.#followLanguage();
	}

	#followLanguage(): void {
		if (this.#lang.current !== this.state.lang) void this.#lang.read(window.location.search);
	}
}
