// One cold page load in a fresh browser context, measured the same way for the app and the bare
// page: paint and map-ready times from inside the page, bytes and requests from the network
// (Playwright's events include the map worker's fetches, which the page's own resource timing
// would miss), then, each on a settled page (see `settled`), the time from a layer-toggle click to
// the next redraw, on a page with a date slider and a language menu (the dashboard), from a date
// step and from a change of language, and on a page with the incidents layer's checkbox, from
// turning that layer on to its markers drawn.

/**
 * @typedef {'html' | 'js' | 'maplibre' | 'css' | 'data' | 'font' | 'other'} Kind
 * @typedef {{ gzip: number, raw: number, count: number }} Bytes
 * @typedef {{
 *   fcp: number | null, lcp: number | null, mapReady: number | null, mapState: string | null,
 *   toggle: number | null, toggleLayer: string | null, dateStep: number | null,
 *   language: number | null, incidentsOn: number | null, requests: number, offOrigin: number,
 *   bytes: Record<Kind | 'total', Bytes>, errors: string[]
 * }} Sample
 */

// Runs before any page script: the first moment the map reports ready, and the LCP candidates.
const INIT = () => {
	const bench = {
		ready: /** @type {number | null} */ (null),
		lcp: /** @type {number | null} */ (null)
	};
	Object.assign(window, { __bench: bench });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new MutationObserver(() => {
		if (bench.ready === null && document.querySelector('[data-map-state="ready"]'))
			bench.ready = performance.now();
	}).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-map-state']
	});
};

/**
 * @param {string} url
 * @returns {Kind}
 */
function kindOf(url) {
	const path = new URL(url).pathname;
	if (/\.m?js$/.test(path)) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.((geo)?json|pbf)$/.test(path)) return 'data';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	if (path.endsWith('/') || path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(path)) return 'html';
	return 'other';
}

// maplibre-gl's main chunk carries this class name whatever the minifier renames; the worker and
// the bare page's copies are recognised by file name.
const isMaplibre = (/** @type {string} */ url, /** @type {Buffer} */ body) =>
	/maplibre-gl(-worker)?[.-]/.test(new URL(url).pathname) || body.includes('maplibregl-canvas');

/** @param {import('@playwright/test').Page} page */
async function quiet(page, /** @type {Set<unknown>} */ pending, ms = 500, limit = 15_000) {
	const end = Date.now() + limit;
	let calmSince = Date.now();
	while (Date.now() < end) {
		if (pending.size > 0) calmSince = Date.now();
		else if (Date.now() - calmSince >= ms) return;
		await page.waitForTimeout(50);
	}
}

/**
 * Waits until the page has settled, the same way on the app and the bare page, so that a change
 * is timed on its own and not with the tail of the page load: the network quiet, the GPU caught
 * up with every frame already asked of it (reading one pixel of the map's canvas waits for
 * that; with a software GPU, as here, a first frame is rasterised for up to a second after the
 * map reports it drawn), and the main thread idle.
 * @param {import('@playwright/test').Page} page
 * @param {Set<unknown>} pending
 */
async function settled(page, pending) {
	await quiet(page, pending);
	await page.evaluate(
		() =>
			new Promise((resolve) => {
				const canvas = document.querySelector('canvas.maplibregl-canvas');
				const gl = canvas instanceof HTMLCanvasElement ? canvas.getContext('webgl2') : null;
				gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
				requestAnimationFrame(() =>
					requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 2000 }))
				);
			})
	);
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ cpuThrottle?: number }} [options] slow the page's CPU this many times (DevTools
 *   protocol's Emulation.setCPUThrottlingRate), as on a slower machine or a mid-range phone
 * @returns {Promise<Sample>}
 */
export async function measure(browser, url, { cpuThrottle = 1 } = {}) {
	const origin = new URL(url).origin;
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1
	});
	try {
		await context.addInitScript(INIT);
		const page = await context.newPage();
		if (cpuThrottle > 1) {
			const session = await context.newCDPSession(page);
			await session.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
		}
		/** @type {Set<import('@playwright/test').Request>} */
		const pending = new Set();
		/** @type {Promise<{ url: string, gzip: number, raw: number, maplibre: boolean }>[]} */
		const finished = [];
		/** @type {string[]} */
		const errors = [];
		let requests = 0;
		let offOrigin = 0;
		page.on('request', (request) => {
			if (!/^https?:/.test(request.url())) return;
			requests += 1;
			if (new URL(request.url()).origin !== origin) offOrigin += 1;
			pending.add(request);
		});
		page.on('requestfailed', (request) => {
			pending.delete(request);
			errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
		});
		page.on('requestfinished', (request) => {
			finished.push(
				(async () => {
					const response = await request.response();
					const body = response
						? await response.body().catch(() => Buffer.alloc(0))
						: Buffer.alloc(0);
					const sizes = await request.sizes();
					pending.delete(request);
					return {
						url: request.url(),
						gzip: sizes.responseBodySize,
						raw: body.length,
						maplibre: isMaplibre(request.url(), body)
					};
				})()
			);
		});
		page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));

		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		const hasMap = (await page.locator('[data-map-state]').count()) > 0;
		if (hasMap) {
			await page.waitForFunction(
				() =>
					/** @type {any} */ (window).__bench.ready !== null ||
					document.querySelector('[data-map-state="error"]') !== null,
				null,
				{ timeout: 120_000, polling: 50 }
			);
		}
		await quiet(page, pending);
		const inPage = await page.evaluate(() => ({
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
			lcp: /** @type {any} */ (window).__bench.lcp,
			ready: /** @type {any} */ (window).__bench.ready,
			state: document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ?? null
		}));

		const ready = inPage.state === 'ready';
		await settled(page, pending);
		const toggled = ready ? await toggle(page) : null;
		await settled(page, pending);
		const dateStep = ready ? await untilRedrawn(page, 'date-step') : null;
		// A reader opens the language menu before choosing: focus it as a click would, and let
		// whatever the page starts then (its words, its fonts) finish, as it does while they read.
		const menu = page.locator('label.language select');
		if (ready && (await menu.count()) > 0) await menu.focus();
		await settled(page, pending);
		const language = ready ? await untilRedrawn(page, 'language') : null;
		await settled(page, pending);
		const incidentsOn = ready ? await incidentsShown(page) : null;
		await quiet(page, pending);

		/** @type {Record<Kind | 'total', Bytes>} */
		const bytes = Object.fromEntries(
			['html', 'js', 'maplibre', 'css', 'data', 'font', 'other', 'total'].map((kind) => [
				kind,
				{ gzip: 0, raw: 0, count: 0 }
			])
		);
		for (const entry of await Promise.all(finished)) {
			const kind = kindOf(entry.url);
			const bucket = kind === 'js' && entry.maplibre ? 'maplibre' : kind;
			for (const key of [bucket, 'total']) {
				bytes[/** @type {Kind | 'total'} */ (key)].gzip += entry.gzip;
				bytes[/** @type {Kind | 'total'} */ (key)].raw += entry.raw;
				bytes[/** @type {Kind | 'total'} */ (key)].count += 1;
			}
		}
		return {
			fcp: inPage.fcp,
			lcp: inPage.lcp,
			mapReady: inPage.ready,
			mapState: inPage.state,
			toggle: toggled?.ms ?? null,
			toggleLayer: toggled?.layer ?? null,
			dateStep,
			language,
			incidentsOn,
			requests,
			offOrigin,
			bytes,
			errors
		};
	} finally {
		await context.close();
	}
}

/**
 * Clicks the first unchecked layer checkbox (the same layer on both pages, which list layers in
 * the same order) and times until the map container's data-rendered-layers changes.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<{ layer: string, ms: number | null } | null>}
 */
function toggle(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const input =
					document.querySelector('input[name="layer"]:not(:checked)') ??
					document.querySelector('input[name="layer"]');
				if (!(input instanceof HTMLInputElement)) return resolve(null);
				const rendered = () =>
					document.querySelector('[data-rendered-layers]')?.getAttribute('data-rendered-layers');
				const before = rendered();
				const observer = new MutationObserver(() => {
					if (rendered() === before) return;
					observer.disconnect();
					resolve({ layer: input.value, ms: performance.now() - started });
				});
				observer.observe(document, {
					subtree: true,
					attributes: true,
					attributeFilter: ['data-rendered-layers']
				});
				setTimeout(() => {
					observer.disconnect();
					resolve({ layer: input.value, ms: null });
				}, 20_000);
				const started = performance.now();
				input.click();
			})
	);
}

/**
 * Makes a change on the dashboard ('date-step': back one day; 'language': to Pashto) and times
 * until the map's next redraw has settled: the map container's test hooks are written at every
 * `idle` (live-map.ts), whether or not their values change, and a new date always gives the
 * points new data and a new language brings up other label layers, so the map always redraws.
 * Null where the page has no such control or the map did not redraw within 20 s.
 * @param {import('@playwright/test').Page} page
 * @param {'date-step' | 'language'} change
 * @returns {Promise<number | null>}
 */
function untilRedrawn(page, change) {
	return page.evaluate(
		(change) =>
			new Promise((resolve) => {
				const button = document.querySelector(
					'[data-testid="date-slider"] button[aria-label="Back one day"]'
				);
				const menu = document.querySelector('label.language select');
				const act =
					change === 'date-step'
						? button instanceof HTMLButtonElement && (() => button.click())
						: menu instanceof HTMLSelectElement &&
							(() => {
								menu.value = 'ps';
								menu.dispatchEvent(new Event('change', { bubbles: true }));
							});
				if (!act) return resolve(null);
				const observer = new MutationObserver(() => {
					observer.disconnect();
					resolve(performance.now() - started);
				});
				observer.observe(document, {
					subtree: true,
					attributes: true,
					attributeFilter: ['data-rendered-layers']
				});
				setTimeout(() => {
					observer.disconnect();
					resolve(null);
				}, 20_000);
				const started = performance.now();
				act();
			}),
		change
	);
}

/**
 * Turns the incidents layer on (off first, where the page opened with it on) and times from the
 * click until the map has drawn its markers: the first `idle` whose data-rendered-incidents lists
 * any. Where the page opened without the layer, that includes fetching and reading the incidents
 * file; where it opened with it, the file is loaded and only the markers are drawn again. Null
 * without the layer's checkbox, or with no markers within 20 s (no incident in the window).
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number | null>}
 */
function incidentsShown(page) {
	return page.evaluate(async () => {
		const input = document.querySelector('input[name="layer"][value="incidents"]');
		const map = document.querySelector('[data-rendered-incidents]');
		if (!(input instanceof HTMLInputElement) || !map) return null;
		/** Resolves at the first `idle` (the hooks are written at each) where `done` holds. */
		const drawn = (/** @type {(ids: string) => boolean} */ done) =>
			new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					if (!done(map.getAttribute('data-rendered-incidents') ?? '')) return;
					observer.disconnect();
					clearTimeout(timer);
					resolve(true);
				});
				observer.observe(map, { attributes: true, attributeFilter: ['data-rendered-incidents'] });
				const timer = setTimeout(() => {
					observer.disconnect();
					resolve(false);
				}, 20_000);
			});
		if (input.checked) {
			const off = drawn((ids) => ids === '');
			input.click();
			if (!(await off)) return null;
		}
		const on = drawn((ids) => ids !== '');
		const started = performance.now();
		input.click();
		return (await on) ? performance.now() - started : null;
	});
}
