/**
 * CSV in the RFC 4180 form spreadsheets open cleanly: a header row, comma-separated, quoted where
 * needed, CRLF line ends, UTF-8 with a byte-order mark so Excel reads Pashto, Dari and Urdu.
 */
export type Cell = string | number | null | undefined;

/** Quotes a cell when needed, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row>(
	rows: readonly Row[],
	columns: { [name: string]: (row: Row) => Cell }
): string {
	const names = Object.keys(columns);
	const lines = [
		names.join(','),
		...rows.map((row) => names.map((name) => csvCell(columns[name]!(row))).join(','))
	];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
