/**
 * Whether the page has hydrated. A map page hydrates only once its map has drawn
 * (hooks.client.ts), and until then its controls are plain HTML: a checkbox would tick and be
 * unticked again by hydration, with nothing drawn. Controls that need the page stay disabled until
 * then (and for readers without JavaScript, for whom they would do nothing).
 */
import { onMount } from 'svelte';

export function hydrated(): { readonly current: boolean } {
	let value = $state(false);
	onMount(() => (value = true));
	return {
		get current() {
			return value;
		}
	};
}
