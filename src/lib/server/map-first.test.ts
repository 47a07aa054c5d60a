import { describe, expect, it } from 'vitest';
import { mapFirst, type MapFiles } from './map-first';

const files: MapFiles = {
	modules: ['_app/immutable/chunks/maplibre.js', '_app/immutable/chunks/style.js'],
	stylesheets: ['_app/immutable/assets/maplibre-gl.css'],
	script: '_app/immutable/chunks/start-early.js'
};

/** A prerendered page's head as SvelteKit writes it, links relative to the page. */
const page = (prefix: string, body: string) => `<!doctype html>
<html><head>
		<meta charset="utf-8" />
		<link href="${prefix}_app/immutable/entry/start.js" rel="modulepreload">
		<link href="${prefix}_app/immutable/chunks/framework.js" rel="modulepreload">
		<link href="${prefix}_app/immutable/chunks/style.js" rel="modulepreload">
		<link href="${prefix}_app/immutable/chunks/maplibre.js" rel="modulepreload">
		<title>Border Map</title>
		<link href="${prefix}_app/immutable/assets/maplibre-gl.css" rel="stylesheet">
	</head><body>${body}</body></html>`;

const heads = (html: string) => [...html.matchAll(/<(link|script)\b[^>]*>/g)].map((m) => m[0]);

describe('a map page’s head', () => {
	it('leads with the map’s files, maplibre-gl first, then the script that starts the map', () => {
		const html = mapFirst(page('../', '<div data-map-opening="{}"></div>'), files);
		expect(heads(html)).toEqual([
			'<link href="../_app/immutable/chunks/maplibre.js" rel="modulepreload">',
			'<link href="../_app/immutable/chunks/style.js" rel="modulepreload">',
			'<link href="../_app/immutable/assets/maplibre-gl.css" rel="stylesheet">',
			'<script type="module" src="../_app/immutable/chunks/start-early.js">'
		]);
		expect(html.indexOf('<script type="module"')).toBeLessThan(html.indexOf('<title>'));
	});

	it('leaves the page’s own modules to load when it hydrates, after the map', () => {
		const html = mapFirst(page('./', '<div data-map-opening="{}"></div>'), files);
		expect(html).not.toContain('start.js');
		expect(html).not.toContain('framework.js');
		expect(html).toContain('<script type="module" src="./_app/immutable/chunks/start-early.js">');
	});

	it('leaves a page without a map, and a page under `vite dev`, as they are', () => {
		const about = page('./', '<main>About</main>');
		expect(mapFirst(about, files)).toBe(about);
		const map = page('./', '<div data-map-opening="{}"></div>');
		expect(mapFirst(map, null)).toBe(map);
	});
});
