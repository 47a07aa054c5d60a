/**
 * JSON.parse with an editor-friendly failure: the parser's own message plus the line and column,
 * which older engines leave out (they give only a character position).
 */

/** Parsed value, or the reason the text is not JSON. */
export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Parses `text` (a leading byte-order mark is ignored).
 * @example parseJson('{"a": 1,}') // { ok: false, message: 'invalid JSON: … (line 1, column 9)' }
 */
export function parseJson(text: string): JsonResult {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /at position (\d+)/.exec(message);
		if (!position || /line \d+/.test(message))
			return { ok: false, message: `invalid JSON: ${message}` };
		const before = body.slice(0, Number(position[1]));
		const line = before.split('\n').length;
		const column = before.length - before.lastIndexOf('\n');
		return { ok: false, message: `invalid JSON: ${message} (line ${line}, column ${column})` };
	}
}
