/**
 * `npm run fact` used as an editor would, on a copy of the test fixture: each command writes what
 * it says and the result loads in the build's own loader; each refusal is one line naming the flag
 * and leaves every file byte for byte as it was.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGeodata } from '../src/lib/server/geodata';

const FIXTURE = 'tests/fixtures/geodata/valid';
let roots: string[] = [];
afterEach(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
	roots = [];
});

function copy(): string {
	const root = mkdtempSync(join(tmpdir(), 'fact-'));
	roots.push(root);
	cpSync(FIXTURE, root, { recursive: true });
	return root;
}

/** Runs the command; its exit status, stdout and stderr. */
function fact(root: string, ...args: string[]) {
	try {
		const stdout = execFileSync(
			'node',
			['node_modules/tsx/dist/cli.mjs', 'scripts/fact.ts', ...args, '--root', root],
			{
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		return { status: 0, stdout, stderr: '' };
	} catch (error) {
		const failed = error as { status: number; stdout: string; stderr: string };
		return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
	}
}

/** Every file under `root` and its text. */
function snapshot(root: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, name.name);
			if (name.isDirectory()) walk(path);
			else files[path.slice(root.length)] = readFileSync(path, 'utf8');
		}
	};
	walk(root);
	return files;
}

const json = (root: string, path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('npm run fact', { timeout: 60_000 }, () => {
	it('status: closes the ongoing period the day before and opens the new one', () => {
		const root = copy();
		const run = fact(
			root,
			'status',
			'torkham',
			'--from',
			'2025-11-20',
			'--status',
			'open',
			'--scope',
			'all',
			'--source',
			'dawn-1952541',
			'--note',
			'Reopened to all.'
		);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain('git commit -am "Torkham: open (all) from 2025-11-20"');
		const status = json(root, 'locations/torkham.json').status;
		expect(status.at(-2)).toMatchObject({
			from: '2025-11-01',
			to: '2025-11-19',
			status: 'restricted'
		});
		expect(status.at(-1)).toEqual({
			from: '2025-11-20',
			to: null,
			status: 'open',
			scope: 'all',
			note: 'Reopened to all.',
			sources: ['dawn-1952541']
		});
		expect(json(root, 'locations/torkham.json').last_reviewed).toBe('2025-11-20');
		expect(() => loadGeodata(root)).not.toThrow();
	});

	it('status with an unknown URL adds the source on the way', () => {
		const root = copy();
		const run = fact(
			root,
			'status',
			'torkham',
			'--from',
			'2025-11-20',
			'--status',
			'closed',
			'--scope',
			'trade',
			'--source',
			'https://www.dawn.com/news/1999999/torkham-shut',
			'--source-title',
			'Torkham shut to trade again',
			'--source-publisher',
			'Dawn',
			'--source-date',
			'2025-11-20'
		);
		expect(run.status, run.stderr).toBe(0);
		const sources = json(root, 'sources.json');
		expect(sources.at(-1)).toEqual({
			id: 'dawn-2025-11-20-torkham-shut-to-trade-again',
			title: 'Torkham shut to trade again',
			publisher: 'Dawn',
			url: 'https://www.dawn.com/news/1999999/torkham-shut',
			published: '2025-11-20'
		});
		expect(json(root, 'locations/torkham.json').status.at(-1).sources).toEqual([
			'dawn-2025-11-20-torkham-shut-to-trade-again'
		]);
	});

	it('event, figure, source, reviewed and incident each write their record', () => {
		const root = copy();
		expect(
			fact(
				root,
				'event',
				'torkham',
				'--date',
				'2025-11-02',
				'--kind',
				'talks',
				'--title',
				'Talks on reopening',
				'--summary',
				'Officials met at the crossing.',
				'--source',
				'dawn-1952541'
			).status
		).toBe(0);
		expect(
			json(root, 'locations/torkham.json').events.some(
				(e: { title: string }) => e.title === 'Talks on reopening'
			)
		).toBe(true);

		expect(
			fact(
				root,
				'figure',
				'torkham',
				'--metric',
				'trucks-stranded',
				'--label',
				'Trucks stranded',
				'--value',
				'4000-6000',
				'--unit',
				'trucks',
				'--as-of',
				'2025-10-25',
				'--source',
				'dawn-1952541'
			).status
		).toBe(0);
		expect(json(root, 'locations/torkham.json').figures.at(-1).value).toEqual({
			min: 4000,
			max: 6000
		});

		expect(
			fact(
				root,
				'source',
				'--url',
				'https://tribune.com.pk/story/1/x',
				'--title',
				'A headline',
				'--publisher',
				'The Express Tribune',
				'--date',
				'2025-10-30',
				'--id',
				'tribune-1'
			).status
		).toBe(0);
		expect(json(root, 'sources.json').at(-1).id).toBe('tribune-1');

		expect(fact(root, 'reviewed', 'kabul', '--date', '2025-11-05').status).toBe(0);
		expect(json(root, 'locations/kabul.json').last_reviewed).toBe('2025-11-05');

		const run = fact(
			root,
			'incident',
			'--date',
			'2025-10-15',
			'--type',
			'shelling',
			'--place-name',
			'Torkham',
			'--at',
			'torkham',
			'--precision',
			'site',
			'--by',
			'Afghan forces',
			'--killed',
			'2',
			'--injured',
			'3-5',
			'--description',
			'Shells fell near the gate.',
			'--source',
			'tribune-2572427'
		);
		expect(run.status, run.stderr).toBe(0);
		expect(json(root, 'incidents/2025-10.json')).toEqual([
			expect.objectContaining({
				id: '2025-10-15-torkham-shelling',
				casualties: [{ source: 'tribune-2572427', killed: 2, injured: { min: 3, max: 5 } }]
			})
		]);
		expect(loadGeodata(root).incidents).toHaveLength(1);
	});

	const refusals: [string, string[], RegExp][] = [
		[
			'an unknown place',
			[
				'status',
				'nowhere',
				'--from',
				'2025-11-20',
				'--status',
				'open',
				'--scope',
				'all',
				'--source',
				'dawn-1952541'
			],
			/^--place: "nowhere" is not a place/
		],
		[
			'an impossible date',
			[
				'status',
				'torkham',
				'--from',
				'2025-02-30',
				'--status',
				'open',
				'--scope',
				'all',
				'--source',
				'dawn-1952541'
			],
			/^--from: "2025-02-30" is not a real calendar date/
		],
		[
			'a date in the future',
			[
				'status',
				'torkham',
				'--from',
				'2999-01-01',
				'--status',
				'open',
				'--scope',
				'all',
				'--source',
				'dawn-1952541'
			],
			/^--from: 2999-01-01 is after today/
		],
		[
			'an overlap with the last period',
			[
				'status',
				'torkham',
				'--from',
				'2025-10-20',
				'--status',
				'open',
				'--scope',
				'all',
				'--source',
				'dawn-1952541'
			],
			/^--from: 2025-10-20 is not after the last period's start \(2025-11-01\)/
		],
		[
			'a status the kind does not take',
			[
				'status',
				'torkham',
				'--from',
				'2025-11-20',
				'--status',
				'calm',
				'--scope',
				'all',
				'--source',
				'dawn-1952541'
			],
			/^--status: "calm" is not allowed; use a crossing's status: open, restricted, closed, unknown/
		],
		[
			'a missing source',
			['status', 'torkham', '--from', '2025-11-20', '--status', 'open', '--scope', 'all'],
			/^--source: a status needs a source/
		],
		[
			'an unknown source id',
			[
				'event',
				'torkham',
				'--date',
				'2025-11-02',
				'--kind',
				'talks',
				'--title',
				'T',
				'--summary',
				'S',
				'--source',
				'dawn-0'
			],
			/^--source: "dawn-0" is neither a source id nor a URL/
		],
		[
			'a new URL without its headline',
			[
				'status',
				'torkham',
				'--from',
				'2025-11-20',
				'--status',
				'open',
				'--scope',
				'all',
				'--source',
				'https://example.com/a'
			],
			/^--source-title: is required/
		],
		[
			'a review before the last one',
			['reviewed', 'torkham', '--date', '2025-10-01'],
			/^--date: 2025-10-01 is before the place's last review/
		],
		[
			'an incident at a place with no point',
			[
				'incident',
				'--date',
				'2025-10-15',
				'--type',
				'clash',
				'--place-name',
				'Border',
				'--at',
				'durand-line',
				'--precision',
				'town',
				'--by',
				'X',
				'--description',
				'D',
				'--source',
				'dawn-1952541'
			],
			/^incidents\/2025-10\.json: incident 2025-10-15-border-clash: location\.place: "durand-line" is a border without a point/
		],
		[
			'a source URL already known',
			[
				'source',
				'--url',
				'https://www.dawn.com/news/1952541/return-of-afghans-via-torkham-border-resumes',
				'--title',
				'T',
				'--publisher',
				'Dawn',
				'--date',
				'2025-11-01'
			],
			/^--url: is already source "dawn-1952541"/
		],
		['an unknown command', ['close', 'torkham'], /^--command: "close" is not a command/]
	];
	for (const [what, args, message] of refusals) {
		it(`refuses ${what} in one line and changes no file`, () => {
			const root = copy();
			const before = snapshot(root);
			const run = fact(root, ...args);
			expect(run.status).toBe(1);
			const lines = run.stderr.trim().split('\n');
			expect(lines).toHaveLength(1);
			expect(lines[0]!.replace(/^.*?(incidents\/)/, '$1')).toMatch(message);
			expect(snapshot(root)).toEqual(before);
			expect(existsSync(join(root, 'incidents'))).toBe(false);
		});
	}
});
