/**
 * The data's vocabularies: kinds of place, status words by kind, scopes and transport modes.
 * Plain constants with no dependency, so pages in the browser use them without the zod schema
 * (which validates against them at build time).
 */

export const LOCATION_KINDS = ['crossing', 'city', 'port', 'border', 'corridor'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** How bad a status is, whatever the kind's own word for it: what colour and marker it gets. */
export const SEVERITIES = ['ok', 'partial', 'stopped', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * The one table of status words: each kind's words, each with its severity. Everything else about
 * a word derives from here (its colour, marker and dash through its severity; whether it is a
 * closure; how a route reads it), so a new word is a type error until it is given a severity here
 * and words in every language (i18n/en.ts and its translations list every status). `unknown` is
 * every kind's word for "no reporting found".
 */
export const STATUS_TABLE = {
	crossing: { open: 'ok', restricted: 'partial', closed: 'stopped', unknown: 'unknown' },
	port: { open: 'ok', restricted: 'partial', closed: 'stopped', unknown: 'unknown' },
	corridor: { operating: 'ok', disrupted: 'partial', blocked: 'stopped', unknown: 'unknown' },
	city: { calm: 'ok', tense: 'partial', clashes: 'stopped', unknown: 'unknown' },
	border: { calm: 'ok', tense: 'partial', clashes: 'stopped', unknown: 'unknown' }
} as const satisfies Record<LocationKind, Record<string, Severity> & { unknown: 'unknown' }>;

/** A status word of kind `K`. */
export type StatusOf<K extends LocationKind> = keyof (typeof STATUS_TABLE)[K] & string;
/** Any kind's status word. */
export type Status = { [K in LocationKind]: StatusOf<K> }[LocationKind];

const wordsOf = <K extends LocationKind>(kind: K) =>
	Object.keys(STATUS_TABLE[kind]) as StatusOf<K>[];

/** The status words each kind of location may use, in the table's order. */
export const STATUS_VOCABULARY: { readonly [K in LocationKind]: readonly StatusOf<K>[] } = {
	crossing: wordsOf('crossing'),
	port: wordsOf('port'),
	corridor: wordsOf('corridor'),
	city: wordsOf('city'),
	border: wordsOf('border')
};

/** Every status word of every kind, once each. */
export const ALL_STATUSES = [...new Set(LOCATION_KINDS.flatMap(wordsOf))] as [Status, ...Status[]];

/** A word's severity (a word used by several kinds has the same severity in each). */
export const SEVERITY_OF = Object.fromEntries(
	LOCATION_KINDS.flatMap((kind) => Object.entries(STATUS_TABLE[kind]))
) as Record<Status, Severity>;

export function isStatus(value: string): value is Status {
	return (ALL_STATUSES as readonly string[]).includes(value);
}

/** The kinds whose stopping and partial words are closures ("how often has it closed"). */
export const CLOSURE_KINDS = ['crossing', 'port', 'corridor'] as const satisfies LocationKind[];

/**
 * What traffic a status period speaks of. `closed` + `all` stops everything; `restricted` +
 * `returnees` means only returning Afghans pass; `closed` + `trade` stops goods while the
 * movement of people is not reported.
 */
export const SCOPES = ['all', 'trade', 'people', 'returnees'] as const;

/** How a route leg moves goods: drawn by width and casing, and air legs as great circles. */
export const MODES = ['road', 'rail', 'sea', 'air'] as const;

/**
 * What an event is, so a reader (and a later incidents layer) can tell a strike from a round of
 * talks. Violence: `strike` (air or drone strike), `clash` (ground fighting), `shelling`
 * (artillery or mortar fire, including on a crossing), `attack` (a militant attack or bombing).
 * Politics and trade: `ceasefire`, `talks`, `agreement`, `sanctions` (sanctions and waivers),
 * `trade-measure`, `deportation` (deportation and return measures), `displacement`. A crossing's
 * own `closure` and `reopening`; `statement` for what officials or the UN said; `other`.
 */
export const EVENT_KINDS = [
	'strike',
	'clash',
	'shelling',
	'attack',
	'ceasefire',
	'talks',
	'agreement',
	'sanctions',
	'trade-measure',
	'deportation',
	'displacement',
	'closure',
	'reopening',
	'statement',
	'other'
] as const;

/**
 * Kinds of violent incident on the incidents layer (`geodata/incidents/`): `airstrike` (by
 * aircraft), `drone-strike`, `clash` (cross-border fire and ground fighting between forces),
 * `shelling` (artillery, mortars, rockets across the border) and `attack` (an assault or bombing
 * of a post, a town or a crossing by one side or by militants). Each has its own marker shape.
 */
export const INCIDENT_TYPES = ['airstrike', 'drone-strike', 'clash', 'shelling', 'attack'] as const;

/**
 * How exactly an incident's point is known: the `site` itself, or only the `town`, `district` or
 * `province` it was reported in (then the point is that area's seat).
 */
export const LOCATION_PRECISIONS = ['site', 'town', 'district', 'province'] as const;
