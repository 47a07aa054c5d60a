// The byte-budget test, kept out of the default unit run because it needs the built site:
// npx vitest run --config scripts/bench/vitest.budgets.config.ts (after `npx vite build`).
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	plugins: [sveltekit()],
	test: {
		include: ['tests/budgets/**/*.test.ts'],
		environment: 'node',
		// These tests read and gzip the built site (the embed's budget, every embed page): bytes,
		// not times, are what they check, so a slow or loaded machine must not fail them.
		testTimeout: 300_000
	}
});
