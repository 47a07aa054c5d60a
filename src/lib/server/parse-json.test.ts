import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';

describe('parseJson', () => {
	it('parses JSON, ignoring a byte-order mark', () => {
		expect(parseJson('\uFEFF{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
	});

	it('adds the line and column of a syntax error', () => {
		const result = parseJson('{\n\t"a": 1\n\t"b": 2\n}');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/^invalid JSON: .*\(line 3, column 2\)$/);
	});

	it('keeps the parser message for an unexpected end', () => {
		const result = parseJson('{"a": ');
		expect(!result.ok && result.message).toMatch(/^invalid JSON: /);
	});
});
