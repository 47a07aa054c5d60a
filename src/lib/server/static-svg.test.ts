/**
 * The static map behind the interactive one comes in two layers that must add up to the whole:
 * the base (large shapes, rasterised to PNG) and the overlay (markers and labels, vector).
 */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { staticView } from './static-views';
import { staticBasePng, staticSvg } from './static-svg';
import { PALETTE } from '$lib/data/encoding';

const overview = staticView('overview')!;
const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

describe('static map layers', () => {
	const whole = staticSvg(overview);
	const base = staticSvg(overview, 'base');
	const overlay = staticSvg(overview, 'overlay');

	it('the base holds the shapes and no text; the overlay the markers and labels only', () => {
		expect(count(base, /<text/g)).toBe(0);
		expect(count(base, /<path/g)).toBeGreaterThan(10);
		expect(count(overlay, /<path d="M[\d.]+,[\d.]+L/g)).toBe(0);
		expect(base).toContain(`fill="${PALETTE.sea}"`);
		expect(overlay).not.toContain(`fill="${PALETTE.sea}"`);
		expect(count(overlay, /<text/g)).toBe(overview.shape().points.length);
	});

	it('together they draw what the whole SVG draws, at the same size', () => {
		const elements = (svg: string) => count(svg, /<(path|circle|line|text|rect)\b/g);
		expect(elements(base) + elements(overlay)).toBe(elements(whole));
		for (const svg of [base, overlay]) expect(svg).toContain('viewBox="0 0 1000 800"');
	});

	it('the base PNG is the base drawn at the view size: sea, land and Afghanistan–Pakistan', async () => {
		const png = PNG.sync.read(Buffer.from(await staticBasePng(overview)));
		expect([png.width, png.height]).toEqual([1000, 800]);
		const colours = new Set<string>();
		for (let i = 0; i < png.data.length; i += 4 * 97) {
			const [r, g, b] = png.data.subarray(i, i + 3);
			colours.add(`#${[r, g, b].map((n) => n!.toString(16).padStart(2, '0')).join('')}`);
		}
		for (const fill of [PALETTE.sea, PALETTE.neighbour, PALETTE.focus]) {
			expect(colours).toContain(fill);
		}
	});
});
