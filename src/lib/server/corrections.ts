/**
 * The corrections log, generated from the data's own history: every commit that changed a fact
 * file under geodata/, newest first, with its date, message and the files it touched. A commit
 * that corrects a fact says so in its body, one line each, `Correction: <what was wrong, what is
 * right, per which source>`; those lines are the log's corrections.
 */
import { execFileSync } from 'node:child_process';

export interface Correction {
	date: string;
	message: string;
	/** The commit body's `Correction:` lines, without the prefix. */
	corrections: string[];
	files: string[];
}

const FACT_FILES = ['geodata/locations', 'geodata/incidents', 'geodata/sources.json'];
const CORRECTION_LINE = /^\s*Correction:\s*(.+?)\s*$/i;

/**
 * Parses `git log --name-only --format=%x1e%ad%x1f%s%x1f%b%x1d` output: per commit a record
 * separator, the date, the subject, the body, a group separator, then the files touched.
 */
export function parseGitLog(output: string): Correction[] {
	return output
		.split('\x1e')
		.filter((chunk) => chunk.trim())
		.map((chunk) => {
			const [head = '', fileList = ''] = chunk.split('\x1d');
			const [date = '', message = '', body = ''] = head.split('\x1f');
			return {
				date: date.trim(),
				message: message.trim(),
				corrections: body
					.split('\n')
					.map((line) => CORRECTION_LINE.exec(line)?.[1])
					.filter((line): line is string => Boolean(line)),
				files: fileList
					.split('\n')
					.map((file) => file.trim())
					.filter(Boolean)
			};
		});
}

/**
 * The log of the repository at `cwd` (default: the working directory, the project's root at
 * build time). Null when the history cannot be read (a copy of the site without its git
 * repository).
 */
export function correctionsLog(cwd: string = process.cwd()): Correction[] | null {
	try {
		const output = execFileSync(
			'git',
			[
				'log',
				'--date=short',
				'--name-only',
				'--format=%x1e%ad%x1f%s%x1f%b%x1d',
				'--',
				...FACT_FILES
			],
			{ cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }
		);
		return parseGitLog(output);
	} catch {
		return null;
	}
}
