/**
 * The corrections log, generated from the data's own history: every commit that changed a fact
 * file under geodata/, newest first, with its date, message and the files it touched.
 */
import { execFileSync } from 'node:child_process';

export interface Correction {
	date: string;
	message: string;
	files: string[];
}

const FACT_FILES = ['geodata/locations', 'geodata/sources.json'];

/** Parses `git log --name-only --format=%x1e%ad%x1f%s` output. */
export function parseGitLog(output: string): Correction[] {
	return output
		.split('\x1e')
		.map((chunk) => chunk.trim())
		.filter(Boolean)
		.map((chunk) => {
			const [header = '', ...files] = chunk.split('\n');
			const [date = '', message = ''] = header.split('\x1f');
			return { date, message, files: files.map((file) => file.trim()).filter(Boolean) };
		});
}

/** Null when the history cannot be read (a copy of the site without its git repository). */
export function correctionsLog(): Correction[] | null {
	try {
		const output = execFileSync(
			'git',
			['log', '--date=short', '--name-only', '--format=%x1e%ad%x1f%s', '--', ...FACT_FILES],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
		);
		return parseGitLog(output);
	} catch {
		return null;
	}
}
