import { chromium } from '@playwright/test';
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader']
});
const page = await browser.newPage({
	viewport: { width: Number(process.argv[4] ?? 1280), height: 900 },
	javaScriptEnabled: process.argv[5] !== 'nojs'
});
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(process.argv[2]);
await page.waitForTimeout(2500);
await page.screenshot({ path: process.argv[3], fullPage: true });
await browser.close();
