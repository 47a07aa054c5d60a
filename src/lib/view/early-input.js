// The page's controls answer from the first paint, before the page has hydrated.
//
// A map page hydrates only once its map has drawn (hooks.client.ts), up to seconds after the page
// is shown. Its controls are prerendered disabled (readers without JavaScript could do nothing with
// them); this script, inlined at the top of such a page's head (app.html, hooks.server.ts), enables
// them as the parser reaches them, and keeps what the reader does with them until the page has
// hydrated (`data-hydrated` on <html>), then hands each action to the page, in order:
// - a changed checkbox, radio, slider or menu: its value is set again (hydration may have put back
//   the URL's) and `input` and `change` are sent, as the browser would;
// - a clicked button: clicked again;
// - a key pressed on a button (a place in the list walks with the arrow keys): the key is sent
//   again, and Enter or Space then clicks the button unless the page's handler took the key, as
//   the browser would. Keys on sliders and menus act natively and arrive as changes.
// Nothing is lost and nothing is refused: the map applies them when it draws.
//
// Plain JavaScript with no imports, so that it can run inline before anything else has loaded;
// its text is hashed into the page's script policy (svelte.config.js). It must not contain the
// characters that close a script element.
(() => {
	const CONTROL = '[data-script-control]';
	const root = document.documentElement;
	const hydrated = () => root.hasAttribute('data-hydrated');

	/** @param {ParentNode} scope */
	const enable = (scope) => {
		for (const control of scope.querySelectorAll(`${CONTROL}[disabled]`))
			control.removeAttribute('disabled');
	};
	// Mutation records arrive at the end of each parser task, before the browser paints it.
	const parsing = new MutationObserver(() => enable(document));
	parsing.observe(root, { childList: true, subtree: true });
	document.addEventListener('readystatechange', () => {
		if (document.readyState === 'loading') return;
		parsing.disconnect();
		enable(document);
	});

	/**
	 * @typedef {{ target: HTMLInputElement | HTMLSelectElement, change: { value: string, checked: boolean } }
	 *   | { target: HTMLButtonElement, click: true }
	 *   | { target: HTMLButtonElement, key: KeyboardEventInit }} Action
	 * @type {Action[]}
	 */
	const actions = [];

	/** @param {EventTarget | null} target */
	const inScriptControl = (target) => target instanceof Element && target.closest(CONTROL) !== null;

	document.addEventListener(
		'change',
		(event) => {
			const target = event.target;
			if (hydrated() || !inScriptControl(target)) return;
			if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement)
				actions.push({
					target,
					change: {
						value: target.value,
						checked: target instanceof HTMLInputElement && target.checked
					}
				});
		},
		true
	);
	document.addEventListener(
		'click',
		(event) => {
			const button = event.target instanceof Element ? event.target.closest('button') : null;
			if (hydrated() || !button || button.type !== 'button' || !inScriptControl(button)) return;
			actions.push({ target: button, click: true });
		},
		true
	);
	document.addEventListener(
		'keydown',
		(event) => {
			const button = event.target;
			if (hydrated() || !(button instanceof HTMLButtonElement) || !inScriptControl(button)) return;
			if (['Tab', 'Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
			// The page decides what the key does; the browser's own click on Enter or Space waits for it.
			event.preventDefault();
			const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
			actions.push({ target: button, key: { key, code, shiftKey, ctrlKey, altKey, metaKey } });
		},
		true
	);
	document.addEventListener(
		'keyup',
		(event) => {
			// Space clicks a button on key up: that click is replayed with its key down.
			if (!hydrated() && event.key === ' ' && event.target instanceof HTMLButtonElement)
				if (inScriptControl(event.target)) event.preventDefault();
		},
		true
	);

	/** @param {Action} action */
	const replay = (action) => {
		const { target } = action;
		if (!target.isConnected) return;
		if ('change' in action) {
			if (
				target instanceof HTMLInputElement &&
				(target.type === 'checkbox' || target.type === 'radio')
			)
				target.checked = action.change.checked;
			else target.value = action.change.value;
			target.dispatchEvent(new Event('input', { bubbles: true }));
			target.dispatchEvent(new Event('change', { bubbles: true }));
		} else if ('click' in action) {
			target.click();
		} else {
			const event = new KeyboardEvent('keydown', {
				...action.key,
				bubbles: true,
				cancelable: true
			});
			const taken = !target.dispatchEvent(event);
			if (!taken && (action.key.key === 'Enter' || action.key.key === ' ')) target.click();
		}
	};

	const waiting = new MutationObserver(() => {
		if (!hydrated()) return;
		waiting.disconnect();
		// After the task that hydrated the page, once its mount effects have run.
		setTimeout(() => {
			for (const action of actions.splice(0)) replay(action);
		});
	});
	waiting.observe(root, { attributes: true, attributeFilter: ['data-hydrated'] });
})();
