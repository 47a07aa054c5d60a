// Turns the raw samples into per-page summaries, app/bare ratios and plain-text tables.
import { ratio, summarise } from './stats.js';

/** @typedef {import('./measure.js').Sample} Sample */
/** @typedef {import('./stats.js').Summary} Summary */

const TIMES = /** @type {const} */ ([
	'fcp',
	'lcp',
	'mapReady',
	'toggle',
	'dateStep',
	'language',
	'incidentsOn'
]);
const KINDS = /** @type {const} */ (['js', 'maplibre', 'css', 'data', 'font', 'html', 'total']);

/**
 * @param {(Sample | { failed: string })[]} runs one page's runs; failed ones are counted, not summarised
 */
export function summarisePage(runs) {
	const samples = /** @type {Sample[]} */ (runs.filter((run) => !('failed' in run)));
	const failures = runs.flatMap((run) => ('failed' in run ? [run.failed] : []));
	/** @type {Record<string, Summary | null>} */
	const times = Object.fromEntries(
		TIMES.map((key) => [key, summarise(samples.map((sample) => sample[key]))])
	);
	/** @type {Record<string, { gzip: Summary | null, raw: Summary | null, count: Summary | null }>} */
	const bytes = Object.fromEntries(
		KINDS.map((kind) => [
			kind,
			{
				gzip: summarise(samples.map((sample) => sample.bytes[kind].gzip)),
				raw: summarise(samples.map((sample) => sample.bytes[kind].raw)),
				count: summarise(samples.map((sample) => sample.bytes[kind].count))
			}
		])
	);
	return {
		runs: samples.length,
		failed: failures.length,
		times,
		bytes,
		requests: summarise(samples.map((sample) => sample.requests)),
		offOrigin: summarise(samples.map((sample) => sample.offOrigin)),
		toggleLayer: samples.find((sample) => sample.toggleLayer)?.toggleLayer ?? null,
		mapStates: [...new Set(samples.map((sample) => sample.mapState ?? 'no map'))],
		errors: [...new Set([...samples.flatMap((sample) => sample.errors), ...failures])]
	};
}

/** @typedef {ReturnType<typeof summarisePage>} PageSummary */

/**
 * The headline: app / bare for each page (medians).
 * @param {PageSummary} app
 * @param {PageSummary} bare
 */
export function ratios(app, bare) {
	return {
		fcp: ratio(app.times.fcp, bare.times.fcp),
		lcp: ratio(app.times.lcp, bare.times.lcp),
		mapReady: ratio(app.times.mapReady, bare.times.mapReady),
		toggle: ratio(app.times.toggle, bare.times.toggle),
		// The bare page has no date or language: both are held to its toggle, the one change it has.
		dateStep: ratio(app.times.dateStep, bare.times.toggle),
		language: ratio(app.times.language, bare.times.toggle),
		bytesGzip: ratio(app.bytes.total.gzip, bare.bytes.total.gzip),
		jsGzip: ratio(sumMedians(app, ['js', 'maplibre']), sumMedians(bare, ['js', 'maplibre']))
	};
}

/**
 * @param {PageSummary} page
 * @param {string[]} kinds
 * @returns {Summary}
 */
function sumMedians(page, kinds) {
	const median = kinds.reduce((sum, kind) => sum + (page.bytes[kind]?.gzip?.median ?? 0), 0);
	return { median, min: median, max: median, n: 1 };
}

const ms = (/** @type {Summary | null} */ s) =>
	s ? `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})` : '—';
const kb = (/** @type {number | undefined} */ n) =>
	n === undefined ? '—' : (n / 1024).toFixed(n < 10_240 ? 1 : 0);
const pair = (/** @type {{ gzip: Summary | null, raw: Summary | null }} */ b) =>
	b.gzip && b.gzip.median > 0 ? `${kb(b.gzip.median)}/${kb(b.raw?.median)}` : '0';
const times = (/** @type {number | null} */ r) => (r === null ? '—' : `${r.toFixed(2)}×`);

/**
 * A plain-text table, first column left-aligned, the rest right-aligned. A row shorter than the
 * header (a label and a note, e.g. why a page was skipped) runs across the columns.
 * @param {string[][]} rows first row is the header
 */
export function table(rows) {
	const [header, ...body] = rows;
	const full = rows.filter((row) => row.length === header.length);
	const widths = header.map((_, column) =>
		Math.max(...(column === 0 ? rows : full).map((row) => (row[column] ?? '').length))
	);
	const line = (/** @type {string[]} */ row) =>
		row.length < header.length
			? `${row[0].padEnd(widths[0])}  ${row.slice(1).join(' ')}`
			: row
					.map((cell, column) =>
						column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
					)
					.join('  ')
					.trimEnd();
	return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/**
 * @typedef {{ label: string, summary?: PageSummary, skipped?: string }} Row
 */

/** Times in ms: median (min–max). @param {Row[]} rows */
export function timesTable(rows) {
	return table([
		[
			'page',
			'FCP ms',
			'LCP ms',
			'map ready ms',
			'toggle→idle ms',
			'day→idle',
			'lang→idle',
			'incidents on→drawn',
			'runs'
		],
		...rows.map(({ label, summary, skipped }) =>
			summary
				? [
						label,
						ms(summary.times.fcp),
						ms(summary.times.lcp),
						summary.times.mapReady
							? ms(summary.times.mapReady)
							: `— (${summary.mapStates.join('/')})`,
						ms(summary.times.toggle),
						ms(summary.times.dateStep),
						ms(summary.times.language),
						ms(summary.times.incidentsOn),
						summary.failed ? `${summary.runs} (${summary.failed} failed)` : String(summary.runs)
					]
				: [label, `skipped: ${skipped}`]
		)
	]);
}

/** Bytes in KB, gzip as transferred / raw, medians. @param {Row[]} rows */
export function bytesTable(rows) {
	return table([
		[
			'page',
			'app JS',
			'maplibre JS',
			'CSS',
			'data',
			'fonts',
			'HTML',
			'total',
			'requests',
			'off-origin'
		],
		...rows.map(({ label, summary, skipped }) =>
			summary
				? [
						label,
						pair(summary.bytes.js),
						pair(summary.bytes.maplibre),
						pair(summary.bytes.css),
						pair(summary.bytes.data),
						pair(summary.bytes.font),
						pair(summary.bytes.html),
						pair(summary.bytes.total),
						String(summary.requests?.median ?? '—'),
						String(summary.offOrigin?.median ?? '—')
					]
				: [label, `skipped: ${skipped}`]
		)
	]);
}

/** @param {{ label: string, ratios: ReturnType<typeof ratios> | null, skipped?: string }[]} rows */
export function ratioTable(rows) {
	return table([
		['app / bare', 'map ready', 'FCP', 'LCP', 'toggle', 'day', 'lang', 'bytes gz', 'JS gz'],
		...rows.map(({ label, ratios: r, skipped }) =>
			r
				? [
						label,
						times(r.mapReady),
						times(r.fcp),
						times(r.lcp),
						times(r.toggle),
						times(r.dateStep),
						times(r.language),
						times(r.bytesGzip),
						times(r.jsGzip)
					]
				: [label, `skipped: ${skipped}`]
		)
	]);
}
