/**
 * The built map pages carry what the map's early start needs, at the top of their head: maplibre-gl
 * and the map's other modules as module preloads, then the script that starts the map, with none
 * of SvelteKit's own module preloads beside them. Read from the real prerendered pages, so a
 * change in SvelteKit's markup or in the build that breaks the early start fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_FILES_RECORD, type MapFiles } from '../../src/lib/server/map-files';

const BUILD = 'build';
const record: MapFiles = JSON.parse(readFileSync(MAP_FILES_RECORD, 'utf8'));

/** The `<link>`, `<script>` and `<meta>` tags of a page's head, in order. */
function headTags(page: string): string[] {
	const html = readFileSync(join(BUILD, page), 'utf8');
	const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
	return [...head.matchAll(/<(?:link|script|meta)\b[^>]*>/g)].map((match) => match[0]);
}
const hrefOf = (tag: string) => /(?:href|src)="(?:\.\.?\/)*([^"]+)"/.exec(tag)?.[1];

describe.each(['index.html', 'embed.html', 'embed/torkham.html', 'embed/kabul.html'])(
	'the map page %s',
	(page) => {
		const tags = headTags(page);
		// Script files; the inline script before them is early-input's (tests/budgets/early-input.test.ts).
		const scripts = tags.filter((tag) => tag.startsWith('<script') && tag.includes(' src='));
		const preloads = tags.filter((tag) => tag.includes('rel="modulepreload"'));

		it('preloads exactly the map’s modules, maplibre-gl first, and no other module', () => {
			expect(preloads.map(hrefOf)).toEqual(record.modules);
			expect(record.modules[0]).toMatch(/_app\/immutable\/chunks\/[^/]+\.js$/);
		});

		it('then starts the map from a module script, the head’s first script file', () => {
			expect(hrefOf(scripts[0]!)).toBe(record.script);
			expect(scripts[0]).toContain('type="module"');
			const lastPreload = tags.lastIndexOf(preloads.at(-1)!);
			expect(tags.indexOf(scripts[0]!)).toBe(lastPreload + 1);
		});

		it('names files that are in the build, the first of them maplibre-gl', () => {
			for (const file of [...record.modules, record.script])
				expect(existsSync(join(BUILD, file)), file).toBe(true);
			expect(readFileSync(join(BUILD, record.modules[0]!), 'utf8')).toContain('maplibre');
		});
	}
);

describe('a page without a map', () => {
	it('keeps SvelteKit’s own module preloads and starts no map', () => {
		const tags = headTags('about.html');
		expect(tags.filter((tag) => tag.includes('rel="modulepreload"')).length).toBeGreaterThan(3);
		expect(tags.some((tag) => hrefOf(tag) === record.script)).toBe(false);
	});
});
