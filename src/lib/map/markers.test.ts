import { describe, expect, it } from 'vitest';
import { markerPixels } from './markers';
import { severityColour, type Severity } from '$lib/data/encoding';

const SIZE = 44;
const RADIUS = 15; // the map's markers: 44 px, radius 44 / 2 − 7
const LINE = RADIUS * 0.3;

/** The pixel whose centre is (x, y) from the image's centre, as [r, g, b, a]. */
function pixel(severity: Severity, x: number, y: number): number[] {
	const pixels = markerPixels(severity, SIZE, RADIUS);
	const column = Math.floor(SIZE / 2 + x);
	const row = Math.floor(SIZE / 2 + y);
	const offset = (row * SIZE + column) * 4;
	return [...pixels.slice(offset, offset + 4)];
}

const colour = (severity: Severity) => {
	const value = Number.parseInt(severityColour(severity).slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255, 255];
};
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

describe('status markers', () => {
	it('end at a white halo, and leave the rest of the image clear', () => {
		for (const severity of ['ok', 'partial', 'stopped', 'unknown'] as const) {
			expect(pixel(severity, -21, -21), severity).toEqual(CLEAR);
			expect(pixel(severity, RADIUS + LINE + 0.5, 0.5), severity).toEqual(CLEAR);
		}
		// The halo rings the shape's outer edge (0.1 of the line wide, past a ring): around a
		// filled disc it shows as whole white pixels.
		expect(pixel('ok', RADIUS + 1.5, 0.5)).toEqual(WHITE);
	});

	it('fill the disc for open places', () => {
		expect(pixel('ok', 0.5, 0.5)).toEqual(colour('ok'));
		expect(pixel('ok', 6.5, -6.5)).toEqual(colour('ok'));
	});

	it('fill the left half for restricted places, inside a ring', () => {
		expect(pixel('partial', -6.5, 0.5)).toEqual(colour('partial'));
		expect(pixel('partial', 6.5, 0.5)).toEqual(WHITE);
		expect(pixel('partial', RADIUS - 0.5, 0.5)).toEqual(colour('partial'));
	});

	it('ring closed places and bar them from lower left to upper right', () => {
		expect(pixel('stopped', 0.5, 0.5)).toEqual(colour('stopped'));
		expect(pixel('stopped', 6.5, -6.5)).toEqual(colour('stopped'));
		expect(pixel('stopped', 6.5, 6.5)).toEqual(WHITE);
		expect(pixel('stopped', -RADIUS + 0.5, 0.5)).toEqual(colour('stopped'));
	});

	it('dash the ring of places with no reported status, and leave their middle white', () => {
		const ring = Array.from({ length: 72 }, (_, step) => {
			const angle = (step / 72) * 2 * Math.PI;
			return pixel('unknown', RADIUS * Math.cos(angle), RADIUS * Math.sin(angle));
		});
		const inked = ring.filter((rgba) => rgba[0] === colour('unknown')[0] && rgba[3] === 255);
		const gaps = ring.filter((rgba) => rgba[0] === 255);
		expect(inked.length).toBeGreaterThan(20);
		expect(gaps.length).toBeGreaterThan(20);
		expect(pixel('unknown', 0.5, 0.5)).toEqual(WHITE);
	});
});
