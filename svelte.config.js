import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { earlyInputHash } from './src/lib/server/early-input.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// Third-party files the tests run as they are (WordPress's wp-embed.js) are not ours to type-check.
		typescript: {
			config: (tsconfig) => {
				tsconfig.exclude.push('../tests/fixtures/**');
			}
		},
		// Our small stylesheets go inline (one request less each, before the map can start);
		// maplibre-gl's 70 KB stays a file, cached once for every embed on an article's page.
		inlineStyleThreshold: 8 * 1024,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// A strict policy on every page (a <meta> tag, since the pages are static files): scripts,
		// styles, fonts, data and the MapLibre worker come from our own origin only; SvelteKit adds the
		// hashes of its own inline bootstrap scripts, and we add the hash of ours (early-input.js). Style attributes stay allowed: Svelte and MapLibre
		// position elements with them, and they cannot run code.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', earlyInputHash()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:', 'data:'],
				'child-src': ['self', 'blob:'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
