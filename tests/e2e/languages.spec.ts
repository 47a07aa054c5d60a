import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { differingShare, mapPixels, waitForControls, waitForMap, watchPage } from './helpers';

/**
 * Counts the tiles MapLibre 6 sends its worker to lay out (`LT` load, `RT` reload messages): a
 * label whose text changed would have every tile of its source laid out again.
 */
async function countTileLayouts(page: Page): Promise<() => Promise<number>> {
	await page.addInitScript(() => {
		const counts = { tiles: 0 };
		Object.assign(window, { __tileLayouts: counts });
		const post = Worker.prototype.postMessage;
		Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
			const { type } = (message ?? {}) as { type?: string };
			if (type === 'LT' || type === 'RT') counts.tiles += 1;
			return post.call(this, message, ...rest);
		} as Worker['postMessage'];
	});
	return () =>
		page.evaluate(
			() => (window as unknown as { __tileLayouts: { tiles: number } }).__tileLayouts.tiles
		);
}

test('the map labels places in the page’s language, and a language the reader reached for shows with nothing laid out again', async ({
	page
}) => {
	const tileLayouts = await countTileLayouts(page);
	const map = page.locator('[data-map-state]');
	// Its accessible name changes with the page's language, so it is found by its markup.
	const menu = page.locator('label.language select');
	await page.goto('/');
	await waitForControls(page);
	await expect(map).toHaveAttribute('data-rendered-labels', 'en');
	// Labels in other languages cost an English reader nothing until they reach for the menu.
	await expect(map).toHaveAttribute('data-laid-out-labels', 'en');
	const english = await mapPixels(page);
	await menu.focus();
	await expect(map).toHaveAttribute('data-laid-out-labels', 'en,fa,ps,ur');
	await expect(map).toHaveAttribute('data-rendered-labels', 'en');
	const before = await tileLayouts();
	let pashto = english;
	for (const code of ['ps', 'fa', 'ur', 'en']) {
		await menu.selectOption(code);
		await expect(map).toHaveAttribute('data-rendered-labels', code);
		if (code === 'ps') {
			await expect(page.locator('html')).toHaveAttribute('lang', 'ps');
			pashto = await mapPixels(page);
			expect(differingShare(english, pashto)).toBeGreaterThan(0.001);
		}
	}
	expect(await tileLayouts(), 'tiles laid out for the changes of language').toBe(before);
	// Back in English: English labels again, on the same map. (A label may keep the side of its
	// marker it last had, as MapLibre keeps it while it fits: a few per cent of pixels.)
	const again = await mapPixels(page);
	expect(differingShare(pashto, again)).toBeGreaterThan(0.001);
	expect(differingShare(english, again)).toBeLessThan(0.05);
	// Leaving the menu lets the other languages go: each would be placed again at every frame.
	await page.getByRole('button', { name: 'Back one day' }).focus();
	await expect(map).toHaveAttribute('data-laid-out-labels', 'en');
	await expect(map).toHaveAttribute('data-rendered-labels', 'en');
});

test('labels in a language no one reached for are laid out when it is chosen', async ({ page }) => {
	const tileLayouts = await countTileLayouts(page);
	const map = page.locator('[data-map-state]');
	await page.goto('/?lang=ps');
	await waitForControls(page);
	await expect(map).toHaveAttribute('data-rendered-labels', 'ps');
	await expect(map).toHaveAttribute('data-laid-out-labels', 'ps');
	const before = await tileLayouts();
	// Chosen without the menu being opened (as a script or an assistive tool may).
	await page.evaluate(() => {
		const menu = document.querySelector('label.language select') as HTMLSelectElement;
		menu.value = 'fa';
		menu.dispatchEvent(new Event('change', { bubbles: true }));
	});
	await expect(map).toHaveAttribute('data-rendered-labels', 'fa');
	expect(await tileLayouts()).toBeGreaterThan(before);
	// Pashto's labels, no longer drawn, are let go.
	await expect(map).toHaveAttribute('data-laid-out-labels', 'fa');
});

test('lang=ps: Pashto interface, Pashto place names, mirrored layout', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/?lang=ps');
	await waitForMap(page);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ps');
	await expect(page.locator('h1')).toHaveText('د پولې نقشه');
	await expect(page.locator('li[data-slug="torkham"]')).toContainText('تورخم');
	// Dates in Pashto take Eastern Arabic-Indic digits.
	await expect(page.getByTestId('date-output')).toHaveText(/^[۰-۹]+ .+ [۰-۹]{4}$/);
	await expect(page.getByTestId('summary')).toContainText('تورخم');
	// Mirrored: the panel sits on the right of the map.
	const panel = (await page.locator('aside.panel').boundingBox())!;
	const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
	expect(panel.x).toBeGreaterThan(map.x);
	expect(watch.errors).toEqual([]);
	await page.screenshot({ path: 'test-results/screenshots/dashboard-ps.png' });
});

for (const lang of ['en', 'ps'] as const) {
	test(`the timeline and the marks over the slider run its way in ${lang}: the latest by the thumb`, async ({
		page
	}) => {
		await page.goto(`/?lang=${lang}`);
		await waitForControls(page);
		const slider = page.getByTestId('date-slider');
		const input = slider.locator('input[type="range"]');
		// The slider opens on the data's date, its last day: the thumb stands at the slider's end,
		// on the right in English and on the left in Pashto.
		await expect(input).toHaveValue((await input.getAttribute('max'))!);
		const track = (await input.boundingBox())!;
		const towardThumb = (box: { x: number; width: number } | null) => {
			const centre = box!.x + box!.width / 2 - (track.x + track.width / 2);
			return lang === 'en' ? centre : -centre;
		};
		// The slider starts in 2017: the last weeks, in 2026, stand by its end, the first before.
		const weeks = slider.getByTestId('incident-timeline').locator('g[data-week]');
		const lastWeek = towardThumb(await weeks.last().boundingBox());
		expect(lastWeek).toBeGreaterThan(track.width * 0.4);
		expect(towardThumb(await weeks.first().boundingBox())).toBeLessThan(lastWeek);
		// The marks are drawn the same way: most events are of 2025–26, so the fifth of the strip
		// by the thumb holds more of the marks' ink than the fifth at the slider's start.
		const ink = PNG.sync.read(await slider.getByTestId('slider-marks').screenshot());
		const inkIn = (from: number, to: number) => {
			let dark = 0;
			for (let y = 0; y < ink.height; y += 1)
				for (let x = Math.floor(from * ink.width); x < to * ink.width; x += 1)
					if (ink.data[(y * ink.width + x) * 4]! < 160) dark += 1;
			return dark;
		};
		const [left, right] = [inkIn(0, 0.2), inkIn(0.8, 1)];
		expect(lang === 'en' ? right : left).toBeGreaterThan(2 * (lang === 'en' ? left : right));
		// The marks are one path: walk the pointer in from the thumb's end, and the first mark it
		// reaches, by the end, is given its tooltip, an event of 2026 in the page's digits.
		const marks = slider.getByTestId('slider-marks');
		const strip = (await marks.boundingBox())!;
		const thumbEnd = lang === 'en' ? strip.x + strip.width : strip.x;
		const inward = lang === 'en' ? -1 : 1;
		let reached = -1;
		for (let step = 0; step <= strip.width * 0.1 && reached < 0; step += 2) {
			await page.mouse.move(thumbEnd + inward * step, strip.y + strip.height / 2);
			if (await marks.getAttribute('title')) reached = step;
		}
		expect(reached).toBeGreaterThanOrEqual(0);
		await expect(marks).toHaveAttribute('title', lang === 'en' ? /2026/ : /۲۰۲۶/);
		// Where no mark is near, none is named.
		await page.mouse.move(strip.x + strip.width / 2, strip.y - 40);
		await expect(marks).not.toHaveAttribute('title');
	});
}

test('the language switcher rewrites the URL and the page', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByLabel('Language').selectOption('ur');
	await expect(page).toHaveURL(/lang=ur/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('li[data-slug="peshawar"]')).toContainText('پشاور');
	// Urdu keeps Latin digits.
	await expect(page.getByTestId('date-output')).toHaveText(/^\d+ .+ \d{4}$/);
	// The tab's title follows, once the page is idle.
	await expect(page).toHaveTitle(/^سرحدی نقشہ — /);
	await page.locator('select').selectOption('en');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page).not.toHaveURL(/lang=/);
	await expect(page).toHaveTitle(/^Border Map — /);
});

test('lang=fa on an embed: Dari table and legend, right to left', async ({ page }) => {
	await page.goto('/embed/torkham?lang=fa');
	await waitForMap(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByTestId('summary')).toContainText('تورخم');
	await expect(page.getByTestId('summary')).not.toContainText('1404');
	await page.screenshot({ path: 'test-results/screenshots/embed-fa.png' });
});

test('lang=ur on a location page: headings in Urdu, facts still marked as English', async ({
	page
}) => {
	await page.goto('/locations/torkham?lang=ur');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByTestId('status-now')).not.toContainText('restricted');
	await expect(page.locator('p.lede')).toHaveAttribute('lang', 'en');
	// Links keep the reader's language.
	await expect(page.locator('nav.crumbs a')).toHaveAttribute('href', /lang=ur/);
});

test('an unknown language falls back to English', async ({ page }) => {
	await page.goto('/?lang=xx');
	await waitForMap(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('h1')).toHaveText('Border Map');
});

test('each font is fetched only for its script: none of the Arabic one in English', async ({
	page
}) => {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (/\.woff2?$/.test(request.url())) fonts.push(new URL(request.url()).pathname);
	});
	const arabic = () => fonts.filter((path) => path.includes('noto-sans-arabic'));
	// An English embed writes nothing in Arabic script.
	await page.goto('/embed/torkham');
	await waitForMap(page);
	expect(fonts.some((path) => path.includes('noto-sans-latin-400'))).toBe(true);
	expect(arabic()).toEqual([]);
	// The dashboard's language menu names Pashto, Dari and Urdu in their script: regular weight only.
	await page.goto('/');
	await waitForMap(page);
	expect(arabic().every((path) => path.includes('-400-'))).toBe(true);

	await page.goto('/embed/torkham?lang=ps');
	await waitForMap(page);
	await expect.poll(() => arabic().length).toBeGreaterThan(0);
});

test('reaching for the language menu loads the other languages, so choosing one fetches nothing', async ({
	page
}) => {
	const scripts: string[] = [];
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
		if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname);
	});
	await page.goto('/');
	await waitForControls(page);
	await page.waitForLoadState('networkidle');
	const loaded = scripts.length;
	const menu = page.locator('label.language select');
	await menu.focus();
	// The words of Pashto, Dari and Urdu: a module each, fetched while the reader chooses.
	await expect.poll(() => scripts.length - loaded).toBeGreaterThanOrEqual(3);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.waitForLoadState('networkidle');
	const prepared = scripts.length;
	// The Arabic script's font, both weights (headings are bold), loaded while they choose.
	await expect.poll(() => fonts.filter((font) => font.includes('arabic')).length).toBe(2);
	const fontsPrepared = fonts.length;
	for (const code of ['ps', 'fa', 'ur']) {
		await menu.selectOption(code);
		await expect(page.locator('html')).toHaveAttribute('lang', code === 'fa' ? 'fa-AF' : code);
	}
	expect(scripts.slice(prepared)).toEqual([]);
	expect(fonts.slice(fontsPrepared)).toEqual([]);
});

test('a Pashto place page writes its figures in Pashto digits and words', async ({ page }) => {
	await page.goto('/locations/torkham?lang=ps');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ps');
	const figures = page.locator('section[aria-labelledby="impact-heading"] tbody');
	// Every value cell is written in Eastern Arabic-Indic digits, and no English word joins them.
	const values = await figures.locator('td.num').allTextContents();
	expect(values.length).toBeGreaterThan(5);
	for (const value of values) {
		expect(value, value).not.toMatch(/[0-9]/);
		expect(value, value).toMatch(/[۰-۹]/);
	}
	// Where sources differ, each value is joined to its source in Pashto ("… د [۴۹] له مخې").
	const spread = figures.locator('.spread').first();
	await expect(spread).toContainText('له مخې');
	await expect(spread).not.toContainText(' per ');
});
