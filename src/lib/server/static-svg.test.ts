/**
 * The static map behind the interactive one comes in two layers that must add up to the whole:
 * the base (large shapes, rasterised to PNG) and the overlay (markers and labels, vector).
 */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { staticView } from './static-views';
import { staticBasePng, staticSvg } from './static-svg';
import { PALETTE } from '$lib/data/encoding';
import { LABEL_ANCHORS } from '$lib/geo/declutter-labels';

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
		const labelled = overview.shape().points.filter((point) => point.label);
		expect(count(overlay, /<text/g)).toBe(labelled.length);
	});

	it('its labels run into no other label and no other marker; a crowded place loses its label, not its marker', () => {
		const { points } = overview.shape();
		const drawn = points.filter((point) => point.label);
		// Neighbours that used to overprint each other (Hairatan and Sher Khan Bandar, Karachi and
		// Port Qasim): every place keeps its marker, and most keep their label.
		expect(count(overlay, /<g transform="translate/g)).toBeGreaterThanOrEqual(points.length);
		expect(drawn.length).toBeGreaterThan(points.length * 0.7);
		// Where StaticMap anchors the label on its side, with a generous 7.5 px a character.
		const box = (point: (typeof points)[number]) => {
			const width = point.label.length * 7.5;
			const { x, y, textAnchor } = LABEL_ANCHORS[point.side ?? 'right'];
			const x0 =
				point.x + x - (textAnchor === 'end' ? width : textAnchor === 'middle' ? width / 2 : 0);
			return [x0, point.y + y - 13, x0 + width, point.y + y + 3] as const;
		};
		for (const [i, a] of drawn.entries())
			for (const b of drawn.slice(i + 1)) {
				const [ax0, ay0, ax1, ay1] = box(a);
				const [bx0, by0, bx1, by1] = box(b);
				const overlap = ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1;
				expect(overlap, `${a.label} / ${b.label}`).toBe(false);
			}
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
