/**
 * Data problems found while loading geodata/, each pinned to a file, a record and a field so a
 * data editor can go straight to it: `<file>: <record>: <field>: <message>`.
 */
import type { z } from 'zod';

/** One thing wrong in geodata/. */
export interface Problem {
	/** File path relative to the repository root, with forward slashes. */
	file: string;
	/** The record, e.g. `torkham status[3] (from 2025-10-12)` or `source dawn-1950026`. */
	record: string;
	/** Dotted path inside the record, e.g. `to`, `sources[0]`, `geometry.coordinates`. */
	field: string;
	message: string;
}

/** Written in the field position when a problem concerns a whole record. */
export const WHOLE = '(whole record)';
/** Record and field of a problem with a whole file or folder (missing, not JSON). */
export const WHOLE_FILE = { record: '(file)', field: '(whole file)' } as const;

/** The one-line form of a problem. */
export function formatProblem({ file, record, field, message }: Problem): string {
	return `${file}: ${record}: ${field}: ${message}`;
}

/** Thrown by the loader with every problem found, one per line, so one run lists them all. */
export class GeodataError extends Error {
	constructor(readonly problems: readonly Problem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(`geodata has ${count}:\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'GeodataError';
	}

	/** The problems as lines, in the order they were found. */
	get lines(): string[] {
		return this.problems.map(formatProblem);
	}
}

/**
 * `['geometry', 'coordinates', 0]` → `geometry.coordinates[0]`; an empty path is the whole record.
 */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out === '' ? WHOLE : out;
}

type Json = unknown;

function valueAt(root: Json, path: readonly PropertyKey[]): Json {
	let value = root;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, Json>)[key];
	}
	return value;
}

function shown(value: Json): string {
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A zod issue reworded for a data editor, quoting the offending value where that helps. */
function describe(issue: z.core.$ZodIssue, value: Json): string {
	if (issue.code === 'invalid_type' && value === undefined)
		return `is required but missing (expected ${issue.expected})`;
	if (issue.code === 'invalid_union')
		return `${shown(value)} is not valid here${issue.path.at(-1) === 'value' ? ': give a number or {"min": …, "max": …}' : ''}`;
	if (value === undefined || (typeof value === 'object' && value !== null)) return issue.message;
	return `${issue.message} (got ${shown(value)})`;
}

/** Splits a path inside a file into the record it belongs to and the field inside that record. */
export type RecordOf = (path: readonly PropertyKey[]) => {
	record: string;
	field: readonly PropertyKey[];
};

/**
 * Problems for the zod issues, named by `recordOf`. Only the first issue at each path is kept:
 * zod runs every check, so "11 Oct 2025" would also be reported as "not a real calendar date".
 */
export function schemaProblems(
	file: string,
	raw: Json,
	issues: readonly z.core.$ZodIssue[],
	recordOf: RecordOf
): Problem[] {
	const seen = new Set<string>();
	const firsts = issues.filter((issue) => {
		const key = JSON.stringify(issue.path.map(String));
		if (issue.code !== 'unrecognized_keys' && seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	return firsts.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const { record, field } = recordOf([...issue.path, key]);
				return {
					file,
					record,
					field: formatPath(field),
					message: 'is not a field of this record (misspelt, or not in the schema)'
				};
			});
		}
		const { record, field } = recordOf(issue.path);
		return [
			{ file, record, field: formatPath(field), message: describe(issue, valueAt(raw, issue.path)) }
		];
	});
}

function textAt(raw: Json, path: readonly PropertyKey[]): string | null {
	const value = valueAt(raw, path);
	return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Names records inside a location file: `torkham status[3] (from 2025-10-12)`,
 * `torkham figures[2] (bilateral-trade)`, `torkham events[0] (2025-10-15)`, `torkham names`,
 * `corridor route.legs[1] (zaranj → delaram)`, `corridor route`; anything else is the location.
 */
export function locationRecordOf(raw: Json, fallbackSlug: string): RecordOf {
	const slug = textAt(raw, ['slug']) ?? fallbackSlug;
	return (path) => {
		const [head, index] = path;
		const named = (record: string, rest: number) => ({ record, field: path.slice(rest) });
		const hint = (key: string) => {
			const text = textAt(raw, [head!, index!, key]);
			return text === null ? '' : ` (${text})`;
		};
		if (typeof index === 'number') {
			if (head === 'status') {
				const from = textAt(raw, ['status', index, 'from']);
				return named(`${slug} status[${index}]${from === null ? '' : ` (from ${from})`}`, 2);
			}
			if (head === 'figures') return named(`${slug} figures[${index}]${hint('metric')}`, 2);
			if (head === 'events') return named(`${slug} events[${index}]${hint('date')}`, 2);
		}
		if (head === 'names') return named(`${slug} names`, 1);
		if (head === 'route') {
			const leg = path[2];
			if (path[1] === 'legs' && typeof leg === 'number') return named(legRecord(raw, slug, leg), 3);
			return named(`${slug} route`, 1);
		}
		return named(slug, 0);
	};
}

/** `corridor route.legs[1] (zaranj → delaram)` */
export function legRecord(raw: Json, slug: string, leg: number): string {
	const from = textAt(raw, ['route', 'legs', leg, 'from']);
	const to = textAt(raw, ['route', 'legs', leg, 'to']);
	const ends = from !== null && to !== null ? ` (${from} → ${to})` : '';
	return `${slug} route.legs[${leg}]${ends}`;
}

/** Names a source by its id (`source dawn-1950026`), or by position when it has no usable id. */
export function sourceRecord(raw: Json, index: number): string {
	const id = textAt(raw, ['id']);
	return id === null ? `sources[${index}]` : `source ${id}`;
}
