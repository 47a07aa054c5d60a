/**
 * The record as a reader sees it: when each place was last reviewed, where the record is silent
 * ("no reporting found"), where sources disagree, which sources are mirrors, what kind each event
 * is, and the method and corrections on /about. Expectations are computed from geodata/.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { coverageGaps } from '../../src/lib/data/coverage';
import type { Location, Source } from '../../src/lib/data/types';
import { waitForMap } from './helpers';

const places: Location[] = readdirSync('geodata/locations').map((file) =>
	JSON.parse(readFileSync(`geodata/locations/${file}`, 'utf8'))
);
const sources: Source[] = JSON.parse(readFileSync('geodata/sources.json', 'utf8'));
const bySlug = new Map(places.map((place) => [place.slug, place]));
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** "2026-07-01" → "1 Jul 2026", as the pages write dates in English. */
const written = (iso: string) =>
	`${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

test.describe('place pages with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('every place says when it was last reviewed, and lists each stretch with no reporting found', async ({
		page
	}) => {
		for (const slug of ['torkham', 'chaman', 'kabul', 'hairatan', 'sher-khan-bandar']) {
			const place = bySlug.get(slug)!;
			await page.goto(`/locations/${slug}`);
			await expect(page.getByTestId('last-reviewed')).toHaveText(
				`last reviewed ${written(place.last_reviewed)}`
			);
			const gaps = coverageGaps(place);
			const silent = page.getByTestId('no-reporting');
			await expect(silent, slug).toHaveCount(gaps.length);
			for (const [index, gap] of gaps.entries())
				await expect(silent.nth(index)).toHaveText(
					`${written(gap.from)} – ${written(gap.to)}: no reporting found.`
				);
		}
	});

	test('a period that sources disagree on shows every other reading with its own sources', async ({
		page
	}) => {
		const torkham = bySlug.get('torkham')!;
		const disputed = torkham.status.filter((period) => period.readings);
		expect(disputed.length).toBeGreaterThan(0);
		await page.goto('/locations/torkham');
		const history = page.getByTestId('status-history');
		const blocks = history.getByTestId('readings');
		await expect(blocks).toHaveCount(disputed.length);
		for (const [index, period] of disputed.entries()) {
			const block = blocks.nth(index);
			await expect(block).toContainText('Sources differ:');
			await expect(block.locator('li')).toHaveCount(period.readings!.length);
			for (const reading of period.readings!) await expect(block).toContainText(reading.note);
		}
	});

	test('a mirror is marked as one in the source list; titles are headlines', async ({ page }) => {
		const cited = (place: Location) =>
			new Set([
				...place.status.flatMap((p) => [
					...p.sources,
					...(p.readings ?? []).flatMap((r) => r.sources)
				]),
				...place.events.flatMap((e) => e.sources),
				...place.figures.map((f) => f.source),
				...(place.names.sources ?? [])
			]);
		const torkham = bySlug.get('torkham')!;
		const mirror = sources.find((s) => s.mirror_of && cited(torkham).has(s.id))!;
		const original = sources.find((s) => !s.mirror_of && s.title && cited(torkham).has(s.id))!;
		await page.goto('/locations/torkham');
		await expect(page.locator(`[id="source-${mirror.id}"]`)).toContainText(
			`a mirror of ${mirror.mirror_of}`
		);
		await expect(page.locator(`[id="source-${original.id}"]`)).not.toContainText('a mirror of');
		await expect(page.locator(`[id="source-${original.id}"]`)).toContainText(original.title!);
		const untitled = sources.find((s) => s.title === null && cited(torkham).has(s.id))!;
		await expect(page.locator(`[id="source-${untitled.id}"]`)).toContainText('(headline not seen)');
	});

	test('every event says what kind it is', async ({ page }) => {
		const durand = bySlug.get('durand-line')!;
		await page.goto('/locations/durand-line');
		const kinds = page.locator('section[aria-labelledby="events-heading"] li [data-kind]');
		await expect(kinds).toHaveCount(durand.events.length);
		expect(
			await kinds.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')))
		).toEqual(durand.events.map((event) => event.kind));
		const strike = durand.events.findIndex((event) => event.kind === 'strike');
		await expect(kinds.nth(strike)).toHaveText('strike');
	});
});

test('the dashboard’s place card says when the place was last reviewed', async ({ page }) => {
	await page.goto('/?loc=chaman');
	await waitForMap(page);
	await expect(page.getByTestId('location-card').getByTestId('last-reviewed')).toHaveText(
		`Last reviewed ${written(bySlug.get('chaman')!.last_reviewed)}`
	);
});

test('/about explains the method and how to report an error, and lists corrections', async ({
	page
}) => {
	await page.goto('/about');
	for (const heading of [
		'Where the facts come from',
		'Two sources',
		'When sources disagree, and when they are silent',
		'How to report an error'
	])
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
	await expect(page.getByRole('link', { name: 'tell the editors' })).toHaveAttribute(
		'href',
		/^mailto:corrections@|^https?:\/\//
	);
	// The log is built from commit messages: a commit's `Correction:` lines are listed under it.
	await expect(page.getByTestId('corrections').first().locator('li').first()).toContainText(
		'Correction:'
	);
});
