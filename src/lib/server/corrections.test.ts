import { describe, expect, it } from 'vitest';
import { correctionsLog, parseGitLog } from './corrections';

describe('corrections log', () => {
	it('parses git log records: date, message, files', () => {
		const output =
			'\x1e2026-02-20\x1fCorrect Torkham reopening date (Dawn)\n\ngeodata/locations/torkham.json\n' +
			'\x1e2026-02-18\x1fAdd Chaman returnee figures\n\ngeodata/locations/chaman.json\ngeodata/sources.json\n';
		expect(parseGitLog(output)).toEqual([
			{
				date: '2026-02-20',
				message: 'Correct Torkham reopening date (Dawn)',
				files: ['geodata/locations/torkham.json']
			},
			{
				date: '2026-02-18',
				message: 'Add Chaman returnee figures',
				files: ['geodata/locations/chaman.json', 'geodata/sources.json']
			}
		]);
	});

	it('reads this repository: the commit that added the facts is in the log', () => {
		const log = correctionsLog();
		expect(log).not.toBeNull();
		expect(
			log!.some((entry) => entry.files.some((file) => file.startsWith('geodata/locations/')))
		).toBe(true);
	});
});
