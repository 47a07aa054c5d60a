/**
 * The data's vocabularies: kinds of place, status words by kind, scopes and transport modes.
 * Plain constants with no dependency, so pages in the browser use them without the zod schema
 * (which validates against them at build time).
 */

export const LOCATION_KINDS = ['crossing', 'city', 'port', 'border', 'corridor'] as const;
/** The status words each kind of location may use. `unknown` is allowed everywhere. */
export const STATUS_VOCABULARY = {
	crossing: ['open', 'restricted', 'closed', 'unknown'],
	port: ['open', 'restricted', 'closed', 'unknown'],
	corridor: ['operating', 'disrupted', 'blocked', 'unknown'],
	city: ['calm', 'tense', 'clashes', 'unknown'],
	border: ['calm', 'tense', 'clashes', 'unknown']
} as const satisfies Record<(typeof LOCATION_KINDS)[number], readonly string[]>;

export const ALL_STATUSES = [...new Set(Object.values(STATUS_VOCABULARY).flat())] as const;

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
