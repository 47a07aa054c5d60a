/** Static map views as SVG files (and the base layer as PNG), rendered at build time. */
import { render } from 'svelte/server';
import StaticMap from '$lib/components/StaticMap.svelte';
import type { StaticView } from './static-views';

export function staticSvg(view: StaticView, part: 'all' | 'base' | 'overlay' = 'all'): string {
	const { body } = render(StaticMap, {
		props: { shape: view.shape(), title: view.title, highlight: view.highlight, part }
	});
	// Svelte's hydration markers are comments; an image file needs none of them.
	return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/<!--[\s\S]*?-->/g, '')}`;
}

/** The base layer (land, sea, routes, border) as a PNG: it has no text, so it needs no fonts. */
export async function staticBasePng(view: StaticView): Promise<ArrayBuffer> {
	// Loaded on demand: a native module, needed only while prerendering these files.
	const { Resvg } = await import('@resvg/resvg-js');
	const png = new Resvg(staticSvg(view, 'base'), { font: { loadSystemFonts: false } })
		.render()
		.asPng();
	return new Uint8Array(png).buffer;
}
