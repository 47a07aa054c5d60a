import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

for (const path of [
	'/',
	'/locations/torkham',
	'/locations/chabahar-corridor',
	'/embed/torkham',
	'/about',
	'/data'
]) {
	test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		if (path === '/' || path.startsWith('/embed')) await waitForMap(page);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		const summary = results.violations.map(
			(violation) =>
				`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`
		);
		expect(summary).toEqual([]);
	});
}
