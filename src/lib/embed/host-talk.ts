/**
 * An embed's side of the conversation with the page it is embedded in (see messages.ts): it posts
 * its height on load and on every resize, answers WordPress's "ready" ping, and, inside
 * WordPress's sandbox, where a link cannot open a tab, asks WordPress to follow it.
 */
import { heightMessages, isReadyPing, linkMessage } from './messages';

/** Starts talking to the host page, if there is one; returns what stops it. */
export function talkToHost(root: HTMLElement, secret: string | null): () => void {
	if (window.parent === window) return () => {};
	const post = () => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		// Only a height (and WordPress's own secret, back to it) goes out, so any host may read it.
		for (const message of heightMessages(height, secret)) window.parent.postMessage(message, '*');
	};
	const answerPing = (event: MessageEvent) => {
		if (event.source === window.parent && isReadyPing(event.data, secret)) post();
	};
	const followLink = (event: MouseEvent) => {
		const link = (event.target as Element | null)?.closest?.('a[href]');
		if (!(link instanceof HTMLAnchorElement) || link.host !== location.host || !secret) return;
		event.preventDefault();
		window.parent.postMessage(linkMessage(link.href, secret), '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(root);
	addEventListener('message', answerPing);
	// An opaque origin is the sandbox WordPress puts discovered embeds in, without `allow-popups`.
	const sandboxed = window.origin === 'null';
	if (sandboxed) document.addEventListener('click', followLink);
	post();
	return () => {
		observer.disconnect();
		removeEventListener('message', answerPing);
		document.removeEventListener('click', followLink);
	};
}
