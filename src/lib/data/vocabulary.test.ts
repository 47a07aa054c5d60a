import { describe, expect, it } from 'vitest';
import '$lib/i18n/all';
import { LANGS, t } from '$lib/i18n';
import { severityColour, severityDash, severityMarker } from './encoding';
import { closureSeverity } from './closures';
import {
	ALL_STATUSES,
	CLOSURE_KINDS,
	LOCATION_KINDS,
	SEVERITIES,
	SEVERITY_OF,
	STATUS_TABLE,
	STATUS_VOCABULARY
} from './vocabulary';

describe('the status table', () => {
	it('gives every kind its words, each once, with "unknown" among them', () => {
		for (const kind of LOCATION_KINDS) {
			expect(STATUS_VOCABULARY[kind]).toEqual(Object.keys(STATUS_TABLE[kind]));
			expect(STATUS_VOCABULARY[kind]).toContain('unknown');
		}
		expect(new Set(ALL_STATUSES).size).toBe(ALL_STATUSES.length);
	});

	it('gives every word a severity, and through it a colour, a marker and a dash', () => {
		for (const word of ALL_STATUSES) {
			const severity = SEVERITY_OF[word];
			expect(SEVERITIES, word).toContain(severity);
			expect(severityColour(severity), word).toMatch(/^#[0-9a-f]{6}$/);
			expect(severityMarker(severity), word).toBe(`marker-${severity}`);
			expect(severityDash(severity), word).toHaveLength(2);
		}
	});

	it('gives every word its own severity in every kind that uses it', () => {
		for (const kind of LOCATION_KINDS)
			for (const [word, severity] of Object.entries(STATUS_TABLE[kind]))
				expect(SEVERITY_OF[word as keyof typeof SEVERITY_OF], `${kind} ${word}`).toBe(severity);
	});

	it('has words for every status in every language', () => {
		for (const lang of LANGS)
			for (const word of ALL_STATUSES) {
				const text = t(lang, `status.${word}`);
				expect(text, `${lang} ${word}`).not.toBe(`status.${word}`);
				expect(text.length).toBeGreaterThan(0);
			}
	});

	it('counts as closures exactly the stopping and partial words of crossings, ports and routes', () => {
		const closures = ALL_STATUSES.filter((word) => closureSeverity(word) !== null).sort();
		const expected = [
			...new Set(
				CLOSURE_KINDS.flatMap((kind) => STATUS_VOCABULARY[kind]).filter((word) =>
					['stopped', 'partial'].includes(SEVERITY_OF[word])
				)
			)
		].sort();
		expect(closures).toEqual(expected);
		expect(closures).toEqual(['blocked', 'closed', 'disrupted', 'restricted']);
	});
});
