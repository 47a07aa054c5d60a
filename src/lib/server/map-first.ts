/**
 * A map page's head, reordered so that its map loads first. SvelteKit lists a page's modules in
 * the order it meets them, maplibre-gl's (the largest) among the last; a browser fetches six files
 * at a time from one HTTP/1.1 host, so the map waited for a dozen small ones. Here the map's own
 * files lead the head, maplibre-gl first, followed by the script that starts the map
 * ($lib/map/start-early) before the page hydrates. Pages without a map are left as they are.
 */
import { OPENING_ATTRIBUTE } from '$lib/view/early-attributes';
import { chunkNamed, filesOf, readClientManifest } from './client-manifest';

/** What leads a map page's head: files as in the manifest (`_app/immutable/…`). */
export interface MapFiles {
	/** Module preloads, in order. */
	modules: string[];
	stylesheets: string[];
	/** The module that starts the map. */
	script: string;
}

const START_EARLY = 'src/lib/map/start-early.ts';

let cached: MapFiles | null | undefined;

/** The map's files in this build (read once the client is built, as the pages are prerendered). */
function mapFiles(): MapFiles | null {
	if (cached !== undefined) return cached;
	const manifest = readClientManifest();
	if (!manifest) return (cached = null);
	const { js, css } = filesOf(manifest, START_EARLY);
	const maplibre = chunkNamed(manifest, 'maplibre-gl');
	const [script, ...imports] = js;
	const modules = maplibre ? [maplibre, ...imports.filter((file) => file !== maplibre)] : imports;
	return (cached = { modules, stylesheets: css, script: script! });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function mapFirst(html: string, files: MapFiles | null = mapFiles()): string {
	if (!files || !html.includes(`${OPENING_ATTRIBUTE}=`)) return html;
	// Links are relative to the page (`./_app/…`, `../_app/…`): take the prefix from SvelteKit's.
	const first = /<link href="([^"]*?)_app\/[^"]*" rel="modulepreload">/.exec(html);
	if (!first) return html;
	const prefix = first[1];
	const drop = (text: string, file: string) =>
		text.replace(
			new RegExp(`[ \\t]*<link href="${escape(prefix + file)}" rel="stylesheet">\\n?`),
			''
		);
	const lead = [
		...files.modules.map((file) => `<link href="${prefix}${file}" rel="modulepreload">`),
		...files.stylesheets.map((file) => `<link href="${prefix}${file}" rel="stylesheet">`),
		`<script type="module" src="${prefix}${files.script}"></script>`
	];
	// The lead takes the place of SvelteKit's first module preload, and the other preloads go:
	// SvelteKit's entry and runtime still load from its inline bootstrap at the end of the page,
	// behind the map's files instead of beside them, and the layout and page modules once the
	// page hydrates, after the map has drawn (hooks.client.ts).
	const at = first.index;
	let rest = files.stylesheets.reduce(drop, html.slice(at));
	rest = rest.replace(/[ \t]*<link href="[^"]*" rel="modulepreload">\n?/g, '');
	return `${html.slice(0, at)}${lead.join('\n\t\t')}\n${rest}`;
}
