/**
 * The files a map page loads first: maplibre-gl's chunk, the other modules the map's early start
 * needs, and the script that starts the map ($lib/map/start-early) before the page hydrates. A Vite
 * plugin of ours records them as the client is built (`mapFilesPlugin`, in vite.config.ts); the map
 * pages read that record as they are prerendered and put the files at the top of their head, and
 * the server hook drops SvelteKit's own module preloads from those pages, which then load behind
 * the map (see hooks.server.ts). Nothing here edits HTML.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plugin } from 'vite';

/** Paths under the app's root, as the client build names them (`_app/immutable/…`). */
export interface MapFiles {
	/** Module preloads, maplibre-gl first. */
	modules: string[];
	/** The module that starts the map. */
	script: string;
}

/** Where the client build's record of the map's files is kept (ours, not Vite's). */
export const MAP_FILES_RECORD = '.svelte-kit/border-map/map-files.json';

/** The module that starts the map early, and the chunk group maplibre-gl is built into. */
const START_EARLY = '/src/lib/map/start-early.ts';
const MAPLIBRE_CHUNK = 'maplibre-gl';

/** The routes whose pages carry a map that starts before they hydrate. */
export const EARLY_MAP_ROUTES: readonly string[] = ['/', '/embed', '/embed/[slug]'];

/** Records the map's files as the client is built. The server build has no such chunk: it writes nothing. */
export function mapFilesPlugin(): Plugin {
	return {
		name: 'border-map:map-files',
		apply: 'build',
		generateBundle(_options, bundle) {
			const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
			const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(START_EARLY));
			if (!start) return;
			const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
			// The chunks the start imports statically, depth first, each once.
			const imports: string[] = [];
			const visit = (file: string) => {
				if (imports.includes(file)) return;
				imports.push(file);
				for (const next of byFile.get(file)?.imports ?? []) visit(next);
			};
			start.imports.forEach(visit);
			const maplibre = chunks.find((chunk) => chunk.name === MAPLIBRE_CHUNK)?.fileName;
			if (!maplibre || !imports.includes(maplibre))
				this.error(`the map's early start no longer imports the ${MAPLIBRE_CHUNK} chunk`);
			const record: MapFiles = {
				modules: [maplibre, ...imports.filter((file) => file !== maplibre)],
				script: start.fileName
			};
			mkdirSync(dirname(MAP_FILES_RECORD), { recursive: true });
			writeFileSync(MAP_FILES_RECORD, JSON.stringify(record, null, '\t'));
		}
	};
}

/** The recorded map files; null under `vite dev`, where nothing is built and the map starts from hooks.client.ts. */
export function readMapFiles(): MapFiles | null {
	if (!existsSync(MAP_FILES_RECORD)) return null;
	return JSON.parse(readFileSync(MAP_FILES_RECORD, 'utf8')) as MapFiles;
}
