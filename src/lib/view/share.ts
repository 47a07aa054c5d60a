/**
 * What a shared link unfurls to: the Open Graph and Twitter card fields of a page, and where its
 * card image is. The cards are drawn at build time ($lib/server/share-card) and the fields written
 * into each page's prerendered head ($lib/server/share-meta).
 */

/** The size of a card: Open Graph's recommended 1.91:1, which X/Twitter's large card also takes. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The card of the dashboard and of the pages about the whole map. */
export const OVERVIEW_CARD = 'overview';

/** A card's path under the site: `overview`, or a place's slug. */
export const cardPath = (name: string) => `/maps/card/${name}.png`;

export interface ShareImage {
	/** Absolute: a crawler resolves nothing against the page. */
	url: string;
	width: number;
	height: number;
	alt: string;
}

export interface ShareMeta {
	title: string;
	/** One or two sentences: the status on the data's date, then what the page is about. */
	description: string;
	/** The page's canonical, absolute URL. */
	url: string;
	image: ShareImage;
}
