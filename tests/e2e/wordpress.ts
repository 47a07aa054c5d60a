/**
 * What WordPress does with an oEmbed response it found by discovery, ported from
 * `wp_filter_oembed_result` (wp-includes/embed.php, WordPress 6.1): the HTML goes through
 * `wp_kses` with a short list of tags and attributes, only a leading `<blockquote>` and the
 * `<iframe>` are kept, the iframe's src gets `#?secret=<random>` and both get `data-secret`, a
 * blockquote hides the iframe (clipped) until the embed speaks, and the iframe is sandboxed.
 * The post's page then prints WordPress's `wp-embed.js` (tests/fixtures/wordpress).
 */
import { readFileSync } from 'node:fs';

/** wp_filter_oembed_result's $allowed_html. */
const ALLOWED = {
	a: ['href'],
	blockquote: [],
	iframe: [
		'src',
		'width',
		'height',
		'frameborder',
		'marginwidth',
		'marginheight',
		'scrolling',
		'title'
	]
};

/**
 * wp_kses, for the markup an oEmbed provider sends: a tag not allowed is dropped (its text
 * stays), an allowed tag keeps only its allowed attributes, quoted with double quotes.
 */
export function kses(html: string, allowed: Record<string, string[]>): string {
	return html.replace(
		/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g,
		(_tag, slash: string, name: string, rest: string) => {
			const keep = allowed[name.toLowerCase()];
			if (!keep) return '';
			if (slash) return `</${name.toLowerCase()}>`;
			const attributes = [
				...rest.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)
			]
				.filter(([, attribute]) => keep.includes(attribute!.toLowerCase()))
				.map(
					([, attribute, double, single, bare]) =>
						` ${attribute!.toLowerCase()}="${double ?? single ?? bare ?? ''}"`
				);
			return `<${name.toLowerCase()}${attributes.join('')}>`;
		}
	);
}

/** The HTML WordPress puts in a post for `oembedHtml`, with the secret it chose (null if it kept none). */
export function wordpressEmbedHtml(oembedHtml: string, secret = 'Wp3mB4dT5k'): string | null {
	let html = kses(oembedHtml, ALLOWED);
	const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(html);
	// "We require at least the iframe to exist."
	if (!content?.[2]) return null;
	html = (content[1] ?? '') + content[2];
	const src = / src=(['"])(.*?)\1/.exec(html);
	if (src) {
		const [whole, quote, url] = src;
		html = html.replaceAll(
			whole,
			` src=${quote}${url}#?secret=${secret}${quote} data-secret=${quote}${secret}${quote}`
		);
		html = html.replaceAll('<blockquote', `<blockquote data-secret="${secret}"`);
	}
	html = kses(html, {
		...ALLOWED,
		blockquote: ['data-secret'],
		iframe: [...ALLOWED.iframe, 'data-secret']
	});
	if (content[1]) {
		// "We have a blockquote to fall back on. Hide the iframe by default."
		html = html.replaceAll(
			'<iframe',
			'<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"'
		);
		html = html.replaceAll('<blockquote', '<blockquote class="wp-embedded-content"');
	}
	return html.replaceAll(
		'<iframe',
		'<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"'
	);
}

/** WordPress's wp-embed.js, as a post's page prints it in its footer. */
export const wpEmbedScript = () =>
	readFileSync(new URL('../fixtures/wordpress/wp-embed.js', import.meta.url), 'utf8');

/**
 * A WordPress post's page, with `embedHtml` in its content. WordPress prints wp-embed.js only when
 * the post has a blockquote it marked (wp_maybe_enqueue_oembed_host_js).
 */
export function wordpressPost(embedHtml: string): string {
	const script = /<blockquote\s[^>]*?wp-embedded-content/.test(embedHtml);
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trade stalls at the border – A News Site</title></head>
<body class="single-post"><main><article class="post">
<h1 class="entry-title">Trade stalls at the border</h1>
<div class="entry-content"><p>Paragraph before the map.</p>
<figure class="wp-block-embed is-type-rich is-provider-border-map"><div class="wp-block-embed__wrapper">
${embedHtml}
</div></figure>
<p>Paragraph after the map.</p></div></article></main>
${script ? `<script>${wpEmbedScript()}</script>` : ''}
</body></html>`;
}
