/**
 * The fonts a share card is drawn with, from the same Fontsource package the site serves (Noto
 * Sans, Latin and Latin Extended, regular and bold). resvg reads TrueType and OpenType files only,
 * not the WOFF the package ships, and loads no system font here: each WOFF is unpacked to the
 * TrueType it wraps, once per build, into a cache folder. The same tables give each character's
 * advance width, so a card measures its text to wrap and fit it, rather than guess.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

export type Weight = 400 | 700;

/** The family name the card's SVG asks for (the files below all name themselves so). */
export const CARD_FONT_FAMILY = 'Noto Sans';

/** Fontsource subsets, in the order a character is looked for: Latin first, then Latin Extended. */
const SUBSETS = ['latin', 'latin-ext'] as const;

/**
 * A WOFF 1.0 file (https://www.w3.org/TR/WOFF/) as the sfnt (TrueType/OpenType) file it wraps:
 * the same tables, each inflated where it was compressed, behind a rebuilt table directory.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
	const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (input.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
	const flavor = input.readUInt32BE(4);
	const count = input.readUInt16BE(12);
	const tables = Array.from({ length: count }, (_, index) => {
		const entry = 44 + index * 20;
		const offset = input.readUInt32BE(entry + 4);
		const compressed = input.readUInt32BE(entry + 8);
		const length = input.readUInt32BE(entry + 12);
		const stored = input.subarray(offset, offset + compressed);
		return {
			tag: input.subarray(entry, entry + 4),
			checksum: input.readUInt32BE(entry + 16),
			data: compressed < length ? inflateSync(stored) : stored
		};
	});
	const pad = (n: number) => (n + 3) & ~3;
	const head = 12 + 16 * count;
	const size = tables.reduce((sum, table) => sum + pad(table.data.length), head);
	const out = Buffer.alloc(size);
	const power = 2 ** Math.floor(Math.log2(count));
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(count, 4);
	out.writeUInt16BE(power * 16, 6);
	out.writeUInt16BE(Math.log2(power), 8);
	out.writeUInt16BE(count * 16 - power * 16, 10);
	let at = head;
	tables.forEach((table, index) => {
		const record = 12 + index * 16;
		table.tag.copy(out, record);
		out.writeUInt32BE(table.checksum, record + 4);
		out.writeUInt32BE(at, record + 8);
		out.writeUInt32BE(table.data.length, record + 12);
		table.data.copy(out, at);
		at += pad(table.data.length);
	});
	return out;
}

/** What measuring text needs from a font: its em and each character's advance, in font units. */
export interface FontMetrics {
	unitsPerEm: number;
	/** The advance of the glyph the font maps `codePoint` to, or null when it has no such glyph. */
	advance(codePoint: number): number | null;
}

/** Reads an sfnt's `head`, `hhea`, `hmtx` and its Unicode BMP `cmap` (format 4) subtable. */
export function fontMetrics(sfnt: Buffer): FontMetrics {
	const count = sfnt.readUInt16BE(4);
	const table = (tag: string) => {
		for (let index = 0; index < count; index++) {
			const record = 12 + index * 16;
			if (sfnt.toString('latin1', record, record + 4) === tag) return sfnt.readUInt32BE(record + 8);
		}
		throw new Error(`font has no ${tag} table`);
	};
	const unitsPerEm = sfnt.readUInt16BE(table('head') + 18);
	const metricCount = sfnt.readUInt16BE(table('hhea') + 34);
	const hmtx = table('hmtx');
	const cmap = table('cmap');
	let format4: number | null = null;
	for (let index = 0; index < sfnt.readUInt16BE(cmap + 2); index++) {
		const record = cmap + 4 + index * 8;
		const platform = sfnt.readUInt16BE(record);
		const encoding = sfnt.readUInt16BE(record + 2);
		const offset = cmap + sfnt.readUInt32BE(record + 4);
		const unicode = platform === 0 || (platform === 3 && encoding === 1);
		if (unicode && sfnt.readUInt16BE(offset) === 4) format4 = offset;
	}
	if (format4 === null) throw new Error('font has no Unicode BMP cmap');
	const sub = format4;
	const segments = sfnt.readUInt16BE(sub + 6) / 2;
	const ends = sub + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	const glyphOf = (code: number): number => {
		for (let segment = 0; segment < segments; segment++) {
			if (code > sfnt.readUInt16BE(ends + segment * 2)) continue;
			const start = sfnt.readUInt16BE(starts + segment * 2);
			if (code < start) return 0;
			const delta = sfnt.readInt16BE(deltas + segment * 2);
			const rangeAt = rangeOffsets + segment * 2;
			const range = sfnt.readUInt16BE(rangeAt);
			if (range === 0) return (code + delta) & 0xffff;
			const glyph = sfnt.readUInt16BE(rangeAt + range + (code - start) * 2);
			return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
		}
		return 0;
	};
	return {
		unitsPerEm,
		advance(codePoint) {
			if (codePoint > 0xffff) return null;
			const glyph = glyphOf(codePoint);
			if (glyph === 0) return null;
			return sfnt.readUInt16BE(hmtx + Math.min(glyph, metricCount - 1) * 4);
		}
	};
}

export interface CardFonts {
	/** The TrueType files to hand resvg. */
	files: string[];
	/** The width of `text` in px at `size` px, as resvg will lay it out (kerning aside). */
	measure(text: string, size: number, weight: Weight): number;
}

let loaded: CardFonts | undefined;

/** The card fonts, unpacked on first use. */
export function cardFonts(): CardFonts {
	loaded ??= load();
	return loaded;
}

function load(): CardFonts {
	const require = createRequire(import.meta.url);
	const faces = ([400, 700] as const).flatMap((weight) =>
		SUBSETS.map((subset) => {
			const woff = readFileSync(
				require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)
			);
			const sfnt = woffToSfnt(woff);
			return {
				weight,
				file: cached(sfnt, `noto-sans-${subset}-${weight}`),
				metrics: fontMetrics(sfnt)
			};
		})
	);
	return {
		files: faces.map((face) => face.file),
		measure(text, size, weight) {
			const own = faces.filter((face) => face.weight === weight);
			let units = 0;
			for (const char of text) {
				const code = char.codePointAt(0)!;
				const face = own.find((candidate) => candidate.metrics.advance(code) !== null);
				// A character neither subset has: resvg draws nothing or another font's glyph; allow an en.
				units += face ? face.metrics.advance(code)! / face.metrics.unitsPerEm : 0.5;
			}
			return units * size;
		}
	};
}

/**
 * Writes `sfnt` once under the system's temporary folder, named by its content, so that builds
 * and test workers running side by side share the file and never read a half-written one.
 */
function cached(sfnt: Buffer, name: string): string {
	const folder = join(tmpdir(), 'border-map-card-fonts');
	const hash = createHash('sha256').update(sfnt).digest('hex').slice(0, 12);
	const file = join(folder, `${name}-${hash}.ttf`);
	if (existsSync(file)) return file;
	mkdirSync(folder, { recursive: true });
	const partial = `${file}.${process.pid}.part`;
	writeFileSync(partial, sfnt);
	renameSync(partial, file);
	return file;
}
