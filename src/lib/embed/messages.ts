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

/** Heights the host accepts, so a runaway embed cannot push the article away. */
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 3000;
