/**
 * What an embed says to the page it is embedded in, and what it listens for:
 * - its height, as the AMP `embed-size` message (understood by AMP, Flourish-style hosts and
 *   others) and our own namespaced one, both carrying only a number;
 * - WordPress's embed protocol (wp-includes/js/wp-embed.js): WordPress gives a discovered embed's
 *   iframe the src `…#?secret=<secret>` and the attribute `data-secret`, and resizes it on
 *   `{ message: 'height', value, secret }`. It pings `{ message: 'ready', secret }` once its script
 *   runs (the embed may have loaded before it), and follows `{ message: 'link', value, secret }`
 *   in the top window, which is how a link works in its `sandbox="allow-scripts"` iframe.
 */
export const OWN_MESSAGE_TYPE = 'border-map:embed-size';

/** Heights the host accepts, so a runaway embed cannot push the article away. */
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 3000;

/** WordPress's secrets are letters and digits (wp_generate_password( 10, false )). */
const SECRET = /^[A-Za-z0-9]{1,64}$/;

/**
 * The WordPress secret in a URL's hash (`#?secret=abc123`), or null: anything else in the hash,
 * or a secret WordPress would not have made, is no secret.
 */
export function wordpressSecret(hash: string): string | null {
	if (!hash.startsWith('#?')) return null;
	const secret = new URLSearchParams(hash.slice(2)).get('secret');
	return secret !== null && SECRET.test(secret) ? secret : null;
}

export function heightMessages(height: number, secret: string | null = null) {
	const messages: object[] = [
		{ sentinel: 'amp', type: 'embed-size', height },
		{ type: OWN_MESSAGE_TYPE, height }
	];
	if (secret) messages.push({ message: 'height', value: height, secret });
	return messages;
}

/** Whether `data` is WordPress's "ready" ping for this embed (its secret, not another's). */
export function isReadyPing(data: unknown, secret: string | null): boolean {
	if (!secret || typeof data !== 'object' || data === null) return false;
	const { message, secret: theirs } = data as Record<string, unknown>;
	return message === 'ready' && theirs === secret;
}

/** Asks WordPress to open `href` (one of our pages) in the top window. */
export const linkMessage = (href: string, secret: string) => ({
	message: 'link',
	value: href,
	secret
});
