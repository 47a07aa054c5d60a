/**
 * The height messages an embed posts to its host page: the AMP `embed-size` message (understood
 * by AMP, Flourish-style hosts and others) and our own namespaced one. Both carry only a number.
 */
export const OWN_MESSAGE_TYPE = 'border-map:embed-size';

export function heightMessages(height: number) {
	return [
		{ sentinel: 'amp', type: 'embed-size', height },
		{ type: OWN_MESSAGE_TYPE, height }
	];
}

/** Reads a height from a message, or null when it is not one of ours or not a sane number. */
export function heightFrom(data: unknown): number | null {
	if (typeof data !== 'object' || data === null) return null;
	const message = data as Record<string, unknown>;
	const ours =
		(message.sentinel === 'amp' && message.type === 'embed-size') ||
		message.type === OWN_MESSAGE_TYPE;
	const height = message.height;
	if (!ours || typeof height !== 'number' || !Number.isFinite(height) || height <= 0) return null;
	return height;
}

/** Heights the host accepts, so a runaway embed cannot push the article away. */
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 3000;

export const clampHeight = (height: number) =>
	Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)));
