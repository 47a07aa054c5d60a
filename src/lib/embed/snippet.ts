/**
 * The embed snippet a journalist pastes: an iframe, plus (optionally) our small resize script,
 * which makes the iframe take its content's height. Pure, so the builder, the oEmbed files and the
 * tests share it.
 */

export interface EmbedSize {
	id: 'small' | 'medium' | 'large' | 'responsive';
	label: string;
	/** Width in px; null means the full width of the article column. */
	width: number | null;
	/** Starting height in px (the resize script then fits the content). */
	height: number;
}

export const EMBED_SIZES: readonly EmbedSize[] = [
	{ id: 'responsive', label: 'Responsive (full width)', width: null, height: 620 },
	{ id: 'small', label: 'Small (400 px)', width: 400, height: 560 },
	{ id: 'medium', label: 'Medium (640 px)', width: 640, height: 640 },
	{ id: 'large', label: 'Large (960 px)', width: 960, height: 820 }
];

export interface SnippetOptions {
	/** Absolute URL of the embed, with its view parameters. */
	src: string;
	title: string;
	size: EmbedSize;
	/** Add the resize script (recommended; without it the iframe keeps its starting height). */
	resize: boolean;
	/** The site's origin, where the resize script is served. */
	origin: string;
}

const escapeAttribute = (value: string) =>
	value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function embedSnippet({ src, title, size, resize, origin }: SnippetOptions): string {
	const width = size.width === null ? '100%' : String(size.width);
	const style = `border:0;width:100%;max-width:${size.width === null ? '100%' : `${size.width}px`}`;
	const iframe =
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width}" ` +
		`height="${size.height}" style="${style}" loading="lazy" data-border-map></iframe>`;
	return resize
		? `${iframe}\n<script src="${escapeAttribute(origin)}/embed.js" async></script>`
		: iframe;
}
