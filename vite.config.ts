import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { mapFilesPlugin } from './src/lib/server/map-files.ts';

export default defineConfig({
	plugins: [sveltekit(), mapFilesPlugin()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						// maplibre-gl in a chunk of its own: cached apart from our code (which changes
						// more often), and measurable apart from it by the budgets and the bench.
						{
							name: 'maplibre-gl',
							test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/,
							priority: 2
						},
						// The other libraries (Svelte, SvelteKit's runtime, d3-scale) in one chunk, not a
						// dozen small ones: a browser fetches six files at a time from one HTTP/1.1 host,
						// and each further round of requests put off the map's start.
						{ name: 'framework', test: /[\\/]node_modules[\\/]/, priority: 1 }
					]
				}
			}
		}
	},
	define: {
		// The site's public origin, for canonical links, oEmbed and embed snippets (see src/lib/site.ts).
		__SITE_URL__: JSON.stringify(
			(process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '')
		),
		// Where readers report an error (see src/lib/site.ts); empty means the site's own address.
		__CORRECTIONS_URL__: JSON.stringify(process.env.CORRECTIONS_URL ?? '')
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
