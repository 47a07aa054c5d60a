import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
	it('quotes commas, quotes and line breaks', () => {
		expect(csvCell('Chaman, Spin Boldak')).toBe('"Chaman, Spin Boldak"');
		expect(csvCell('the "Friendship Gate"')).toBe('"the ""Friendship Gate"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell(-12)).toBe('-12');
	});

	it('writes a header, CRLF rows, empty cells for null, and a BOM for Excel', () => {
		const csv = toCsv([{ a: 1, b: null }], { a: (r) => r.a, b: (r) => r.b });
		expect(csv).toBe('\uFEFFa,b\r\n1,\r\n');
	});
});
