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
		environment: 'node'
	}
});
