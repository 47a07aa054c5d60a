import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctionsLog, parseGitLog } from './corrections';

describe('corrections log', () => {
	it('parses git log records: date, message, Correction: lines of the body, files', () => {
		const output =
			'\x1e2026-02-20\x1fCorrect Torkham reopening date\x1fThe record said 20 Mar.\n' +
			'Correction: Torkham reopened to trade on 19 Mar 2025, not 20 Mar (The News).\n' +
			'correction:   Chaman closure began 12 Oct  \n\x1d\ngeodata/locations/torkham.json\n' +
			'\x1e2026-02-18\x1fAdd Chaman returnee figures\x1f\x1d\n' +
			'geodata/locations/chaman.json\ngeodata/sources.json\n';
		expect(parseGitLog(output)).toEqual([
			{
				date: '2026-02-20',
				message: 'Correct Torkham reopening date',
				corrections: [
					'Torkham reopened to trade on 19 Mar 2025, not 20 Mar (The News).',
					'Chaman closure began 12 Oct'
				],
				files: ['geodata/locations/torkham.json']
			},
			{
				date: '2026-02-18',
				message: 'Add Chaman returnee figures',
				corrections: [],
				files: ['geodata/locations/chaman.json', 'geodata/sources.json']
			}
		]);
	});

	it('reads a real repository: a commit body’s Correction: line reaches the log', () => {
		const repo = mkdtempSync(join(tmpdir(), 'corrections-'));
		const git = (...args: string[]) =>
			execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
		git('init', '-q');
		mkdirSync(join(repo, 'geodata/locations'), { recursive: true });
		writeFileSync(join(repo, 'geodata/locations/torkham.json'), '{}');
		writeFileSync(join(repo, 'notes.txt'), 'not a fact file');
		git('add', '.');
		git(
			'-c',
			'user.name=t',
			'-c',
			'user.email=t@example.org',
			'commit',
			'-q',
			'-m',
			'Torkham history',
			'-m',
			'Correction: the 2024 closure began on 13 Jan, not 17 Jan (Dawn).'
		);
		const log = correctionsLog(repo);
		expect(log).toHaveLength(1);
		expect(log![0]!.corrections).toEqual(['the 2024 closure began on 13 Jan, not 17 Jan (Dawn).']);
		expect(log![0]!.files).toEqual(['geodata/locations/torkham.json']);
	});
});

describe('corrections log of this repository', () => {
	it('has the commit that added the facts', () => {
		const log = correctionsLog();
		expect(log).not.toBeNull();
		expect(
			log!.some((entry) => entry.files.some((file) => file.startsWith('geodata/locations/')))
		).toBe(true);
	});
});
