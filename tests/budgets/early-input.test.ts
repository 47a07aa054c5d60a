/**
 * A built page whose controls need its script (src/lib/view/script-control.svelte.ts) opens its
 * head with early-input's script (src/lib/view/early-input.js), which lets them answer before the
 * page hydrates, and allows exactly that text in its script policy: an inline script whose hash
 * the policy lacks is refused, and the controls would stay disabled until hydration with nothing
 * but a line in the browser's console to say so. Pages without such controls carry no script.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRIPT_CONTROL_ATTRIBUTE } from '../../src/lib/view/script-control.svelte';

const BUILD = 'build';
const pages = readdirSync(BUILD, { recursive: true, encoding: 'utf8' }).filter((file) =>
	file.endsWith('.html')
);
const controlTag = new RegExp(`<[a-z]+\\b[^>]*\\s${SCRIPT_CONTROL_ATTRIBUTE}\\b[^>]*>`, 'g');

describe.each(pages)('the built page %s', (page) => {
	const html = readFileSync(join(BUILD, page), 'utf8');
	const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
	const inline = /<script>([^<]*)<\/script>/.exec(head)?.[1];
	const controls = [...html.matchAll(controlTag)].map((match) => match[0]);

	if (controls.length === 0) {
		it('has no control that needs its script, and no early-input script', () => {
			expect(inline).toBeUndefined();
		});
		return;
	}

	it('prerenders its script controls disabled', () => {
		for (const tag of controls) expect(tag).toMatch(/\sdisabled\b/);
	});

	it('runs the early-input script before any other script', () => {
		expect(head.indexOf('<script>')).toBe(head.indexOf('<script'));
		expect(inline).toContain(`[${SCRIPT_CONTROL_ATTRIBUTE}]`);
	});

	it('allows exactly that script in its policy', () => {
		const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(head)?.[1];
		const scriptSources = policy?.split(';').find((part) => part.trim().startsWith('script-src'));
		const hash = createHash('sha256').update(inline!).digest('base64');
		expect(scriptSources).toContain(`'sha256-${hash}'`);
	});
});

it('the dashboard and the place pages have such controls', () => {
	const withControls = pages.filter((page) =>
		readFileSync(join(BUILD, page), 'utf8').match(controlTag)
	);
	expect(withControls).toContain('index.html');
	expect(withControls).toContain(join('locations', 'torkham.html'));
});
