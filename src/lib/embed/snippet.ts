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

export interface OEmbedSnippetOptions {
	/** Absolute URL of the embed. */
	src: string;
	title: string;
	size: EmbedSize;
	/** Absolute URL of the page the embed shows (the place page, or the dashboard). */
	page: string;
}

/**
 * The HTML an oEmbed response carries: exactly what WordPress keeps of a discovered embed
 * (wp_filter_oembed_result: a `<blockquote>` with a link, then an iframe with its src, width,
 * height, title and frame attributes; no style, class or script). The blockquote is the post's text
 * until the map has loaded; WordPress hides it once the embed speaks, and other hosts show it as a
 * caption linking to the page.
 */
export function oembedSnippet({ src, title, size, page }: OEmbedSnippetOptions): string {
	const width = size.width === null ? '100%' : String(size.width);
	return (
		`<blockquote><a href="${escapeAttribute(page)}">${escapeText(title)}</a></blockquote>\n` +
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width}" ` +
		`height="${size.height}" frameborder="0" marginwidth="0" marginheight="0"></iframe>`
	);
}

const escapeText = (value: string) =>
	value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export interface AmpSnippetOptions {
	src: string;
	title: string;
	size: EmbedSize;
	/** The words on the button AMP shows when it may not resize the embed by itself. */
	overflowLabel: string;
}

/**
 * The snippet for an AMP page: an `amp-iframe` AMP resizes on the embed's `embed-size` message
 * (`resizable`), with the `overflow` element AMP requires of a resizable one (AMP shows it when
 * it may not resize by itself, as when the embed is in view). It is sandboxed as AMP pages do;
 * `allow-popups` lets "Open full map" open, outside the sandbox.
 */
export function ampSnippet({ src, title, size, overflowLabel }: AmpSnippetOptions): string {
	const layout =
		size.width === null
			? `layout="fixed-height" height="${size.height}"`
			: `layout="fixed" width="${size.width}" height="${size.height}"`;
	return (
		`<amp-iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ${layout} ` +
		`sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0">\n` +
		`\t<div overflow tabindex="0" role="button" aria-label="${escapeAttribute(overflowLabel)}">` +
		`${escapeText(overflowLabel)}</div>\n</amp-iframe>`
	);
}
