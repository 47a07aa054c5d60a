import { chromium } from '@playwright/test';
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox']
});
const page = await browser.newPage({
	viewport: { width: 1000, height: 900 },
	javaScriptEnabled: false
});
await page.goto(process.argv[2]);
await page.locator(process.argv[4]).first().screenshot({ path: process.argv[3] });
await browser.close();
