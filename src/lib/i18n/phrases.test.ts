import { describe, expect, it } from 'vitest';
import '$lib/i18n/all';
import { loadGeodata } from '$lib/server/geodata';
import { placeSentence, statusPhrase, summarySentence } from './phrases';
import { lookupIn } from '$lib/data/place-status';

const { locations } = loadGeodata();

describe('summarySentence on the real data', () => {
	it('reads as the record does on 1 and 20 Oct 2025', () => {
		// Chaman: passports and visas demanded again from 27 Jul 2024, trade not reported halted.
		expect(summarySentence(locations, '2025-10-01')).toBe(
			'On 1 Oct 2025: Torkham open; Chaman–Spin Boldak restricted; Chabahar corridor operating.'
		);
		expect(summarySentence(locations, '2025-10-20')).toBe(
			'On 20 Oct 2025: Torkham closed; Chaman–Spin Boldak restricted to returnees only; Chabahar corridor operating.'
		);
	});

	it('speaks Pashto with Pashto names and digits', () => {
		const sentence = summarySentence(locations, '2025-10-20', 'ps');
		expect(sentence).toContain('تورخم');
		expect(sentence).toContain('۲۰۲۵');
		expect(sentence).not.toContain('Torkham');
	});
});

describe('placeSentence', () => {
	it('says one place’s status in the summary’s words, a route’s as its crossing decides it', () => {
		const places = lookupIn(locations);
		expect(placeSentence(places('torkham')!, '2025-10-20', places)).toBe(
			'On 20 Oct 2025: Torkham closed.'
		);
		expect(placeSentence(places('karachi-torkham')!, '2025-10-20', places)).toBe(
			'On 20 Oct 2025: Karachi–Torkham route blocked.'
		);
	});
});

describe('statusPhrase', () => {
	it.each([
		['closed', 'trade', 'closed to trade'],
		['restricted', 'returnees', 'restricted to returnees only'],
		['open', 'all', 'open'],
		['open', 'trade', 'open to trade'],
		['restricted', 'trade', 'restricted to trade only'],
		['operating', 'trade', 'operating'],
		['blocked', 'trade', 'blocked'],
		['unknown', 'all', 'status: no reporting found']
	] as const)('%s + %s reads "%s"', (status, scope, expected) => {
		expect(statusPhrase(status, scope)).toBe(expected);
	});
});
