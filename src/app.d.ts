// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}

	/** Injected by vite.config.ts: the site's public origin (see src/lib/site.ts). */
	const __SITE_URL__: string;
	const __CORRECTIONS_URL__: string;
}

export {};
