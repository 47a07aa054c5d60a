/**
 * What a prerendered page loads, worked out from the built files alone: the JS chunks its
 * modulepreload links, module scripts, inline bootstrap and hydration nodes name, plus everything
 * those import, its stylesheets, and the fonts those stylesheets reference. The byte-budget test
 * reads pages through this.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
	chunkNamed,
	readClientManifest,
	type ClientManifest
} from '../../src/lib/server/client-manifest';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILD = 'build';

/** The class MapLibre's Map puts on its canvas: a string literal no minifier renames. */
const MAPLIBRE_MARKER = 'maplibregl-canvas';

/** Site path (`/_app/…`) of the built file for a page path (`/`, `/embed/torkham`). */
export function htmlFile(page: string): string {
	return join(BUILD, page === '/' ? 'index.html' : `${page.replace(/^\//, '')}.html`);
}

/** Bytes as served by scripts/serve.js (gzip at zlib's default level) and raw. */
export function sizeOf(sitePath: string): { gzip: number; raw: number } {
	const body = readFileSync(join(BUILD, sitePath));
	return { gzip: gzipSync(body).length, raw: body.length };
}

const resolveFrom = (from: string, href: string) => new URL(href, `http://site${from}`).pathname;

/** Static (`import … from"./x.js"`, `import"./x.js"`) and dynamic (`import("./x.js")`) imports. */
function importsOf(source: string): { staticImports: string[]; dynamicImports: string[] } {
	const staticImports = [
		...source.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+?\.m?js)["'`]/g)
	].map((match) => match[1]!);
	const dynamicImports = [
		...source.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+?\.m?js)["'`]\s*\)/g)
	].map((match) => match[1]!);
	return { staticImports, dynamicImports };
}

export interface PageAssets {
	/** Site paths of every JS chunk the page loads, maplibre-gl's included. */
	js: string[];
	/** The subset of `js` that is maplibre-gl itself. */
	maplibre: string[];
	css: string[];
	/** Font files referenced by the page's stylesheets. */
	fonts: string[];
}

/**
 * Follows a page's JS from its `<link rel="modulepreload">`, `<script type="module">`, inline
 * `import("…")` bootstrap and the layout and page chunks it hydrates with, through every import.
 * Dynamic imports are followed too (the language strings, the map's start from hooks.client),
 * except those of SvelteKit's entry chunk, which is the router's table of every page.
 * @example pageAssets('/embed/torkham').js // ['/_app/immutable/entry/start.….js', …]
 */
export function pageAssets(page: string): PageAssets {
	const file = htmlFile(page);
	const html = readFileSync(file, 'utf8');
	const roots = [
		...[...html.matchAll(/<link\b[^>]*>/g)]
			.map((match) => match[0])
			.filter((tag) => /\brel="modulepreload"/.test(tag))
			.map((tag) => /\bhref="([^"]+)"/.exec(tag)![1]!),
		...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map(
			(match) => match[1]!
		),
		...[...html.matchAll(/\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g)].map((match) => match[1]!)
	]
		.map((href) => resolveFrom(page, href))
		.concat(pageNodes(html));
	const css = [...html.matchAll(/<link\b[^>]*>/g)]
		.map((match) => match[0])
		.filter((tag) => /\brel="stylesheet"/.test(tag))
		.map((tag) => resolveFrom(page, /\bhref="([^"]+)"/.exec(tag)![1]!));

	const seen = new Set<string>();
	const queue = [...roots];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		if (!existsSync(join(BUILD, path)))
			throw new Error(`${file} loads ${path}, which is not in ${BUILD}/`);
		seen.add(path);
		const { staticImports, dynamicImports } = importsOf(readFileSync(join(BUILD, path), 'utf8'));
		const followed = path.startsWith('/_app/immutable/entry/')
			? staticImports
			: [...staticImports, ...dynamicImports];
		queue.push(...followed.map((href) => resolveFrom(path, href)));
	}
	const js = [...seen].sort();
	const maplibre = js.filter((path) =>
		readFileSync(join(BUILD, path), 'utf8').includes(MAPLIBRE_MARKER)
	);
	const fonts = new Set<string>();
	const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
	for (const [from, text] of [
		...css.map((path) => [path, readFileSync(join(BUILD, path), 'utf8')] as const),
		...inlineStyles.map((text) => [page, text] as const)
	]) {
		for (const match of text.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g))
			fonts.add(resolveFrom(from, match[1]!));
	}
	return { js, maplibre, css, fonts: [...fonts].sort() };
}

/**
 * The chunks of the layout and page a prerendered page hydrates with (its bootstrap's `node_ids`),
 * by Vite's manifest: a map page loads them once its map has drawn, not from its head.
 */
function pageNodes(html: string): string[] {
	const ids = /\bnode_ids:\s*\[([\d,\s]*)\]/.exec(html)?.[1];
	if (!ids) return [];
	const manifest = readManifest();
	return ids
		.split(',')
		.map((id) => manifest[`.svelte-kit/generated/client-optimized/nodes/${id.trim()}.js`])
		.flatMap((entry) => (entry ? [`/${entry.file}`] : []));
}

/** Vite's manifest of the built client; the budgets run on a build, so it must be there. */
function readManifest(): ClientManifest {
	const manifest = readClientManifest();
	if (!manifest)
		throw new Error("Vite's manifest of the client is missing: run `npx vite build` first");
	return manifest;
}

/** Sum of sizes, each file gzipped on its own as the server sends it. */
export function total(paths: readonly string[]): { gzip: number; raw: number } {
	return paths
		.map(sizeOf)
		.reduce((sum, size) => ({ gzip: sum.gzip + size.gzip, raw: sum.raw + size.raw }), {
			gzip: 0,
			raw: 0
		});
}

/**
 * The chunks of the Pashto, Dari and Urdu strings, by Vite's manifest. They load on demand, for a
 * reader who chose that language, so a page's budget counts at most one of them.
 */
export function languageChunks(): string[] {
	return Object.entries(readManifest())
		.filter(([key]) => /src\/lib\/i18n\/(ps|fa|ur)\.ts$/.test(key))
		.map(([, entry]) => `/${entry.file}`);
}

/** Files Vite's manifest says hold maplibre-gl's main module (a cross-check on the marker). */
export function maplibreChunksInManifest(): string[] | null {
	const manifest = readClientManifest();
	if (!manifest) return null;
	// Imported dynamically, the chunk is keyed by its module; statically, it is the chunk group
	// vite.config.ts names `maplibre-gl`.
	const dynamic = Object.entries(manifest)
		.filter(([key]) => /node_modules\/maplibre-gl\/dist\/maplibre-gl\.m?js$/.test(key))
		.map(([, entry]) => entry.file);
	const group = chunkNamed(manifest, 'maplibre-gl');
	return [...new Set([...dynamic, ...(group ? [group] : [])])].map((file) => `/${file}`);
}
