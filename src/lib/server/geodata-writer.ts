/**
 * Writes changed geodata files only once the whole record, changes included, passes the build's
 * schema and cross-checks: the changes go to a staging copy first (unchanged files linked, not
 * copied), are loaded there with loadGeodata, and only then replace the real files, each written
 * to a temporary file beside it and renamed over it. A refused change leaves every file as it was.
 * Files keep the layout they have (Prettier's JSON), so a diff shows only what changed.
 */
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { format } from 'prettier';
import { GeodataError, loadGeodata } from './geodata';

/** A file's text as geodata/ writes JSON: Prettier's layout with tabs, a final newline. */
export function formatJson(value: unknown): Promise<string> {
	// Prettier keeps an object on several lines when its source has it so: every object stays
	// expanded, as in the files, and short arrays fit on one line.
	return format(JSON.stringify(value, null, '\t'), {
		parser: 'json',
		useTabs: true,
		printWidth: 100
	});
}

/** Links `from`'s entries into `to`, except the paths in `except` (relative to `root`). */
function linkTree(root: string, from: string, to: string, except: ReadonlySet<string>) {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) {
		const source = join(from, name);
		const path = relative(root, source).split(sep).join('/');
		if (except.has(path)) continue;
		const inside = [...except].some((changed) => changed.startsWith(`${path}/`));
		if (inside && statSync(source).isDirectory()) linkTree(root, source, join(to, name), except);
		else symlinkSync(resolve(source), join(to, name));
	}
}

/**
 * Validates `root` with `changes` (path relative to root → new value, e.g. `locations/torkham.json`)
 * applied, then writes them. Returns the problems when refused (one line each, naming the real
 * file, record and field), an empty list when written.
 */
export async function writeGeodata(root: string, changes: Map<string, unknown>): Promise<string[]> {
	const texts = new Map<string, string>();
	for (const [path, value] of changes) texts.set(path, await formatJson(value));
	const staging = mkdtempSync(join(tmpdir(), 'geodata-staging-'));
	try {
		linkTree(root, root, staging, new Set(changes.keys()));
		for (const [path, text] of texts) {
			mkdirSync(dirname(join(staging, path)), { recursive: true });
			writeFileSync(join(staging, path), text);
		}
		try {
			loadGeodata(staging);
		} catch (error) {
			if (!(error instanceof GeodataError)) throw error;
			// Messages name files relative to the working directory: the staging copy's, here.
			const shown = relative(process.cwd(), staging).split(sep).join('/');
			const real = relative(process.cwd(), root).split(sep).join('/') || '.';
			return error.lines.map((line) => line.split(shown).join(real));
		}
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
	for (const [path, text] of texts) {
		const target = join(root, path);
		mkdirSync(dirname(target), { recursive: true });
		const temporary = `${target}.tmp-${process.pid}`;
		writeFileSync(temporary, text);
		renameSync(temporary, target);
	}
	return [];
}
