import { chromium } from '@playwright/test';
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--enable-unsafe-swiftshader',
		'--use-angle=swiftshader',
		'--ignore-gpu-blocklist'
	]
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('requestfailed', (r) => console.log('failed', r.url(), r.failure()?.errorText));
await page.goto(process.argv[2] ?? 'http://localhost:4173/');
await page.waitForTimeout(8000);
console.log(await page.locator('[data-map-state]').getAttribute('data-map-state'));
await page.screenshot({ path: process.argv[3] ?? '/tmp/shot.png' });
await browser.close();
