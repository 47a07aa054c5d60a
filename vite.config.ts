import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// maplibre-gl in a chunk of its own: cached apart from our code (which changes more
				// often), and measurable apart from it by the budgets and the bench.
				codeSplitting: {
					groups: [{ name: 'maplibre-gl', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/ }]
				}
			}
		}
	},
	define: {
		// The site's public origin, for canonical links, oEmbed and embed snippets (see src/lib/site.ts).
		__SITE_URL__: JSON.stringify(
			(process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '')
		)
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
