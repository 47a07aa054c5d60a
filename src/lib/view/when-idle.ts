/**
 * Runs `work` when the page is next idle, and at the latest after `within` ms (a busy page may
 * never be idle, and a hidden tab draws no frames). For what the reader does not see change:
 * the URL, the tab's title. Returns a function that cancels it.
 */
export function whenIdle(work: () => void, within = 250): () => void {
	let done = false;
	const once = () => {
		if (done) return;
		cancel();
		work();
	};
	// Safari has no requestIdleCallback: there, just after the next frame.
	const hasIdle = typeof requestIdleCallback === 'function';
	const idleId = hasIdle
		? requestIdleCallback(once)
		: requestAnimationFrame(() => setTimeout(once));
	const timeoutId = setTimeout(once, within);
	function cancel() {
		done = true;
		clearTimeout(timeoutId);
		if (hasIdle) cancelIdleCallback(idleId);
		else cancelAnimationFrame(idleId);
	}
	return cancel;
}
