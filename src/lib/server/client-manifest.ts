/**
 * The built client's files, from Vite's manifest. SvelteKit builds the client before it prerenders
 * the pages, so the manifest is there when pages are rendered at build time; under `vite dev` it
 * is not, and callers do without.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface ManifestChunk {
	file: string;
	name?: string;
	src?: string;
	imports?: string[];
	css?: string[];
}
export type ClientManifest = Record<string, ManifestChunk>;

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

export function readClientManifest(path = MANIFEST): ClientManifest | null {
	if (!existsSync(path)) return null;
	return JSON.parse(readFileSync(path, 'utf8')) as ClientManifest;
}

/**
 * The files module `key` needs before it runs: its chunk and, depth first, the chunks it imports
 * statically, each once, with their stylesheets.
 */
export function filesOf(manifest: ClientManifest, key: string): { js: string[]; css: string[] } {
	const js: string[] = [];
	const css: string[] = [];
	const visit = (id: string) => {
		const chunk = manifest[id];
		if (!chunk) throw new Error(`Vite's manifest has no "${id}"`);
		if (js.includes(chunk.file)) return;
		js.push(chunk.file);
		for (const sheet of chunk.css ?? []) if (!css.includes(sheet)) css.push(sheet);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	visit(key);
	return { js, css };
}

/** The file of the chunk group vite.config.ts names `name` (such as `maplibre-gl`). */
export function chunkNamed(manifest: ClientManifest, name: string): string | null {
	return (
		Object.values(manifest).find((chunk) => chunk.name === name && chunk.file.endsWith('.js'))
			?.file ?? null
	);
}
