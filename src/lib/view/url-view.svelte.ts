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
 *
 * The URL is written once the change has been drawn and the page is idle, not before: writing a
 * history entry waits on the browser's own process, which on a busy machine took longer than the
 * redraw itself (1–37 ms a call here under load), and wakes SvelteKit's page store. Written just
 * after the first frame, it landed between the two frames the map draws for a change of style
 * (a change of language). Changes made before it is written go in one entry (a push if any of
 * them asked for one).
 */
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { onMount } from 'svelte';
import { whenIdle } from './when-idle';
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
	// Each part of the view on its own. Every change replaces `state` whole, so whatever reads
	// `state.date` runs again on a toggle or a change of language too; a component given `date`
	// runs again only on a new date (a language change recomputed every place's status).
	/** The chosen day, YYYY-MM-DD. */
	readonly date = $derived(this.state.date);
	/** The layers shown. */
	readonly layers = $derived(this.state.layers);
	/** The selected place's slug, if any. */
	readonly loc = $derived(this.state.loc);
	/** Where the map looks. */
	readonly camera = $derived(this.state.camera);
	/** The incidents window: how many days up to the chosen one the incidents layer shows. */
	readonly window = $derived(this.state.window);
	#context: () => ViewContext;
	#lang: LangState = useLang();
	/** A URL write is scheduled (see #writeSoon); `push` when one of its changes asked for one. */
	#pending: { push: boolean } | null = null;
	/** Calls off the scheduled write. */
	#cancelWrite: () => void = () => {};

	/** `context` is read lazily, so a page can pass a getter over its (reactive) data. */
	constructor(context: () => ViewContext) {
		this.#context = context;
		this.state = defaultView(context());
		onMount(() => {
			this.refresh();
			const onpopstate = () => this.refresh();
			addEventListener('popstate', onpopstate);
			return () => {
				removeEventListener('popstate', onpopstate);
				this.#cancelWrite();
			};
		});
		afterNavigate(() => this.refresh());
	}

	/** Reads the view from the URL again: after navigation, or when the context has grown. */
	refresh(): void {
		// A navigation (back, forward, a link) wins over a change not yet written, which would
		// otherwise write the old page's view on the new page's path.
		this.#cancelWrite();
		this.#pending = null;
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
		this.#followLanguage();
		if (this.#pending) this.#pending.push ||= !replace;
		else this.#writeSoon(!replace);
	}

	/** Writes the view to the URL when the page is next idle (see whenIdle). */
	#writeSoon(push: boolean): void {
		const pending = (this.#pending = { push });
		this.#cancelWrite = whenIdle(() => {
			this.#pending = null;
			const query = serializeView(this.state, this.#context());
			const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
			if (url === `${window.location.pathname}${window.location.search}`) return;
			(pending.push ? pushState : replaceState)(url, {});
		});
	}

	#followLanguage(): void {
		if (this.#lang.current !== this.state.lang) void this.#lang.show(this.state.lang);
	}
}
