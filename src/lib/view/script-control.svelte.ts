/**
 * Controls that need the page's script. A map page hydrates only once its map has drawn
 * (hooks.client.ts); until then its controls are plain HTML. They are prerendered disabled, for
 * readers without JavaScript, for whom they would do nothing; for everyone else early-input.js,
 * inlined at the top of the page, enables them as they are parsed and hands what the reader did
 * with them to the page once it has hydrated. Each such control (or the fieldset around a group
 * of them) carries `disabled={!control.hydrated} data-script-control`: two plain attributes
 * rather than a spread, whose runtime would weigh on every page's JavaScript.
 */
import { onMount } from 'svelte';

/** Marks a control for early-input.js, which finds controls by it. */
export const SCRIPT_CONTROL_ATTRIBUTE = 'data-script-control';

export function scriptControl(): { readonly hydrated: boolean } {
	let hydrated = $state(false);
	onMount(() => (hydrated = true));
	return {
		get hydrated() {
			return hydrated;
		}
	};
}
