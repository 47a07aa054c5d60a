import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cardFonts, fontMetrics, woffToSfnt } from './card-fonts';

const woff = (subset: string, weight: number) =>
	readFileSync(
		createRequire(import.meta.url).resolve(
			`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`
		)
	);

describe('woffToSfnt', () => {
	it('unpacks Fontsource’s WOFF into a TrueType file with the same tables', () => {
		const input = woff('latin', 400);
		const sfnt = woffToSfnt(input);
		expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
		expect(sfnt.readUInt16BE(4)).toBe(input.readUInt16BE(12));
		// The WOFF header says how large the font it wraps is.
		expect(sfnt.length).toBe(input.readUInt32BE(16));
	});

	it('refuses a file that is not WOFF 1.0 (WOFF2 needs Brotli and a glyph transform)', () => {
		expect(() => woffToSfnt(Buffer.from('wOF2xxxxxxxxxxxx'))).toThrow(/not a WOFF 1.0 file/);
	});
});

describe('fontMetrics', () => {
	const regular = fontMetrics(woffToSfnt(woff('latin', 400)));
	const bold = fontMetrics(woffToSfnt(woff('latin', 700)));

	it('reads advances from the cmap and hmtx: bold is wider, a space narrower than an M', () => {
		expect(regular.unitsPerEm).toBe(1000);
		const m = regular.advance('M'.codePointAt(0)!)!;
		expect(regular.advance(32)!).toBeLessThan(m);
		expect(bold.advance('M'.codePointAt(0)!)!).toBeGreaterThan(m);
	});

	it('knows which characters a subset lacks', () => {
		expect(regular.advance('ī'.codePointAt(0)!)).toBeNull();
		expect(
			fontMetrics(woffToSfnt(woff('latin-ext', 400))).advance('ī'.codePointAt(0)!)
		).not.toBeNull();
		expect(regular.advance('ت'.codePointAt(0)!)).toBeNull();
	});
});

describe('cardFonts', () => {
	it('hands resvg TrueType files, and measures text as their advances add up', () => {
		const { files, measure } = cardFonts();
		expect(files).toHaveLength(4);
		for (const file of files) expect(readFileSync(file).readUInt32BE(0)).toBe(0x00010000);
		expect(measure('Torkham', 40, 700)).toBeGreaterThan(measure('Torkham', 40, 400));
		expect(measure('Torkham Torkham', 20, 400)).toBeCloseTo(
			2 * measure('Torkham', 20, 400) + measure(' ', 20, 400),
			6
		);
		// Spīn: the ī comes from Latin Extended, not a guess.
		expect(measure('ī', 100, 400)).not.toBe(50);
	});
});
