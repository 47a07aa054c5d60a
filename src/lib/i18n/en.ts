/**
 * Every user-visible string of the site, in English: the source of truth that ps.ts, fa.ts and
 * ur.ts translate key for key (their type is `Messages`, so a missing or extra key fails the
 * type check). `{name}`-style placeholders are filled by `t()`; a translation must use exactly
 * the same placeholders. Place names are not here: they come from the data (`names.ps` …), except
 * inside layer titles and descriptions, which are route names.
 *
 * Keys that mirror a vocabulary (layer ids, status words, scopes, kinds, modes, CSV tables) are
 * spelled as the vocabulary is, so `messages(lang).layers[layer.id]` needs no mapping; the
 * `satisfies` clauses make the compiler list any word the vocabulary gains.
 *
 * Plural strings are `{ one, other }` pairs, picked by `plural()` in index.ts.
 */
import type { LayerGroup, LayerId } from '$lib/layers/registry';
import type { Status } from '$lib/data/vocabulary';
import type {
	EventKind,
	IncidentType,
	LocationKind,
	LocationPrecision,
	Mode,
	Scope
} from '$lib/data/types';

interface Plural {
	one: string;
	other: string;
}

const en = {
	site: {
		name: 'Border Map',
		eyebrow: 'Pakistan–Afghanistan border crisis',
		title: 'Border Map — the Pakistan–Afghanistan border crisis, day by day',
		description:
			'Which Pakistan–Afghanistan crossings and trade routes are open, since when, how often they have closed, and what it costs.',
		/** A sub-page's <title>. */
		pageTitle: '{page} — Border Map',
		dataAsOf: 'Data as of {date}',
		notUpdatedSince: 'Not updated since {date}',
		notUpdatedDetail:
			'The research last looked for news on {date}. Anything since is not on this map.',
		skipToMap: 'Skip to the map',
		language: 'Language',
		/** The names of the site's languages, written in the page's language. */
		languageNames: { en: 'English', ps: 'Pashto', fa: 'Dari', ur: 'Urdu' },
		/** The crumb back to the dashboard; the arrow points towards the start of the line. */
		back: '← Border Map',
		aboutLink: 'About and sources',
		changesLink: 'What changed',
		dataLink: 'Download the data',
		howStatusesLink: 'How statuses are decided',
		notReported: 'Not reported.',
		/** Joins the items of an inline list ("Torkham, Chaman"). */
		listSeparator: ', '
	},
	panel: {
		label: 'Briefing',
		layers: 'Layers',
		places: 'Places',
		share: 'Share',
		layerGroups: {
			base: 'On the map',
			route: 'Trade routes',
			events: 'Violence'
		} satisfies Record<LayerGroup, string>,
		listGroups: {
			crossings: 'Crossings',
			routes: 'Trade routes',
			other: 'Border, cities and ports'
		},
		selectedPlace: 'Selected place',
		close: 'Close',
		since: 'since {date}',
		placeLink: 'Closures, costs and sources for {name} →',
		/** When the research last looked for news of the place, whether or not anything changed. */
		lastReviewed: 'Last reviewed {date}'
	},
	slider: {
		date: 'Date',
		backWeek: 'Back one week',
		backDay: 'Back one day',
		forwardDay: 'Forward one day',
		forwardWeek: 'Forward one week',
		play: 'Play',
		pause: 'Pause',
		/** Tooltip of an event mark on the track. */
		mark: '{date}: {title}'
	},
	incidents: {
		types: {
			airstrike: 'airstrike',
			'drone-strike': 'drone strike',
			clash: 'clash or cross-border fire',
			shelling: 'shelling',
			attack: 'attack'
		} satisfies Record<IncidentType, string>,
		precision: {
			site: 'the exact site',
			town: 'the town',
			district: 'the district',
			province: 'the province'
		} satisfies Record<LocationPrecision, string>,
		/** The list twin's heading: the window's first and last day. */
		listHeading: 'Strikes and clashes, {from} – {to}',
		none: 'No incident recorded from {from} to {to}.',
		count: { one: '{count} incident', other: '{count} incidents' } satisfies Plural,
		window: 'Days shown',
		windowDays: { one: '{count} day', other: '{count} days' } satisfies Plural,
		by: 'By',
		against: 'Against',
		located: 'Placed at {precision}',
		casualties: 'Casualties, as each source reports them',
		killed: 'killed',
		injured: 'injured',
		civiliansKilled: 'civilians killed',
		civiliansInjured: 'civilians injured',
		noCasualties: 'No casualty figure reported.',
		/** One source's figures: "Dawn: 4 killed, 10–12 injured". */
		reportLine: '{source}: {figures}',
		sources: 'Sources',
		show: 'Show on the map',
		close: 'Close',
		sizeKey: 'Size: the most deaths one source reports',
		noFigure: 'no figure',
		olderFainter: 'Older incidents are fainter.',
		chartTitle: 'Incidents per week',
		chartDescription:
			'Bars: incidents each week, and deaths (the most one source reports for each incident). Below: the weeks Torkham and Chaman were closed.',
		chartDeaths: 'deaths',
		chartWeek: 'Week of {date}: {incidents}, {deaths} dead',
		bandsKey: 'Under the bars, row by row: {names}',
		nearHeading: 'Strikes and clashes within {km} km',
		nearIntro: 'Incidents recorded within {km} km of {name} (straight-line distance).',
		nearNone: 'No incident recorded within {km} km of {name}.',
		distance: '{km} km away'
	},
	layers: {
		'durand-line': {
			title: 'Durand Line',
			description: 'The de facto Afghanistan–Pakistan border, which Afghanistan does not recognise'
		},
		crossings: {
			title: 'Border crossings',
			description: 'Torkham, Chaman and the other crossings, by status'
		},
		cities: {
			title: 'Cities and ports',
			description: 'Kabul, the cities the routes serve, and the sea ports'
		},
		'chabahar-corridor': {
			title: 'Chabahar corridor',
			description:
				'Chabahar – Zahedan – Milak/Zaranj – Route 606 – Delaram – Kandahar, Herat, Kabul'
		},
		'karachi-torkham': {
			title: 'Karachi – Torkham',
			description: 'Karachi – Peshawar – Torkham – Jalalabad – Kabul'
		},
		'quetta-chaman': {
			title: 'Quetta – Chaman',
			description: 'Karachi – Quetta – Chaman/Spin Boldak – Kandahar'
		},
		'bandar-abbas-herat': {
			title: 'Bandar Abbas – Herat',
			description: 'Bandar Abbas – Dogharoun/Islam Qala – Herat'
		},
		'central-asia': {
			title: 'Central Asian crossings',
			description: 'Hairatan, Torghundi and Sher Khan Bandar to Afghan cities'
		},
		'air-corridor': {
			title: 'Air freight corridor',
			description: 'Kabul – Delhi and Kabul – Amritsar air cargo, as great-circle arcs'
		},
		incidents: {
			title: 'Strikes and clashes',
			description:
				'Airstrikes, drone strikes, cross-border fire, shelling and attacks in the days up to the date'
		}
	} satisfies Record<LayerId, { title: string; description: string }>,
	status: {
		...({
			open: 'open',
			restricted: 'restricted',
			closed: 'closed',
			operating: 'operating',
			disrupted: 'disrupted',
			blocked: 'blocked',
			calm: 'calm',
			tense: 'tense',
			clashes: 'clashes',
			unknown: 'no reporting found'
		} satisfies Record<Status, string>),
		/** The whole phrase for `unknown`, where a status would stand ("Torkham status not reported"). */
		notReported: 'status: no reporting found',
		/**
		 * A status with its scope. A stopping status (closed, blocked) names what it stops; `open`
		 * names what it is open to (what else may pass is not reported); any other names what still
		 * passes. `{scope}` takes a `scope.inPhrase` word.
		 */
		withScope: {
			stops: '{status} to {scope}',
			opens: '{status} to {scope}',
			passes: '{status} to {scope} only'
		}
	},
	scope: {
		...({
			all: 'all traffic',
			trade: 'trade',
			people: 'people',
			returnees: 'returnees only'
		} satisfies Record<Scope, string>),
		/** The scope as it reads inside `status.withScope` (there is no phrase for `all`). */
		inPhrase: {
			trade: 'trade',
			people: 'people',
			returnees: 'returnees'
		} satisfies Record<Exclude<Scope, 'all'>, string>
	},
	kind: {
		/** One place's kind, as the eyebrow above its name. */
		singular: {
			crossing: 'crossing',
			city: 'city',
			port: 'port',
			border: 'border',
			corridor: 'corridor'
		} satisfies Record<LocationKind, string>,
		plural: {
			crossing: 'Crossings',
			city: 'Cities',
			port: 'Ports',
			border: 'The border',
			corridor: 'Trade routes'
		} satisfies Record<LocationKind, string>
	},
	mode: {
		road: 'road',
		rail: 'rail',
		sea: 'sea',
		air: 'air'
	} satisfies Record<Mode, string>,
	summary: {
		/** "On 20 Oct 2025: Torkham closed; Chaman restricted to returnees only; …." */
		sentence: 'On {date}: {parts}.',
		part: '{name} {status}',
		separator: '; '
	},
	date: {
		/** A formatted date; `formatDate` fills it with the day, month name and year. */
		format: '{day} {month} {year}',
		months: {
			jan: 'Jan',
			feb: 'Feb',
			mar: 'Mar',
			apr: 'Apr',
			may: 'May',
			jun: 'Jun',
			jul: 'Jul',
			aug: 'Aug',
			sep: 'Sep',
			oct: 'Oct',
			nov: 'Nov',
			dec: 'Dec'
		},
		range: '{from} – {to}',
		ongoing: 'ongoing',
		undated: 'undated'
	},
	location: {
		subscribe: 'Subscribe to {name} (Atom feed)',
		pageTitle: '{name}: status, closures and trade impact',
		asOf: 'as of {date}',
		lastReviewed: 'last reviewed {date}',
		where: 'Where',
		dependsOn: 'Depends on the crossings: {list}.',
		theRoute: 'The route',
		waysToSea: 'Ways to the sea',
		closures: 'Closures',
		noClosure: 'No closure reported.',
		noClosureNoStatus: 'No closure reported: no dated status is reported for this place.',
		closuresReported: {
			one: '{count} closure episode reported since {date}',
			other: '{count} closure episodes reported since {date}'
		} satisfies Plural,
		daysClosed: {
			one: '{count} day closed or restricted in all up to {date}',
			other: '{count} days closed or restricted in all up to {date}'
		} satisfies Plural,
		/** Joins `closuresReported` and `daysClosed` into one sentence. */
		closuresSummary: '{episodes}, {days}.',
		episodes: {
			one: '{count} closure episode',
			other: '{count} closure episodes'
		} satisfies Plural,
		days: {
			one: '{count} day',
			other: '{count} days'
		} satisfies Plural,
		table: {
			from: 'From',
			to: 'To',
			status: 'Status',
			days: 'Days',
			sources: 'Sources',
			measure: 'Measure',
			value: 'Value',
			date: 'Date'
		},
		perYear: 'Days closed or restricted per year',
		statusHistory: 'Status history',
		tradeImpact: 'Trade impact',
		/** One source's value where sources disagree: "6,500 per [3]". */
		perSource: '{value} per {source}',
		events: 'Events',
		sources: 'Sources',
		mirrorNote: '(a mirror of {publisher}; the original was not found)',
		/** Stands for a source's headline when the stored copy of its page shows none. */
		untitled: 'headline not seen',
		/** A stretch since 2023 that no status covers, in the status history. */
		noReporting: 'no reporting found',
		/** Introduces the other sources' readings of a period. */
		sourcesDiffer: 'Sources differ:',
		/** What one other reading says, e.g. "6 Sep 2023 – 15 Sep 2023, closed". */
		reading: '{range}, {status}',
		eventKinds: {
			strike: 'strike',
			clash: 'clash',
			shelling: 'shelling',
			attack: 'attack',
			ceasefire: 'ceasefire',
			talks: 'talks',
			agreement: 'agreement',
			sanctions: 'sanctions',
			'trade-measure': 'trade measure',
			deportation: 'returns and deportations',
			displacement: 'displacement',
			closure: 'closure',
			reopening: 'reopening',
			statement: 'statement',
			other: 'other'
		} satisfies Record<EventKind, string>,
		timeline: {
			label: 'Closure timeline from {from} to {to}: {episodes}',
			/** Tooltip of one band: "closed 12 Oct 2025 – 31 Oct 2025 (20 days)". */
			part: '{status} {range} ({days})',
			asOf: 'as of {date}',
			keyClosed: 'closed',
			keyRestricted: 'restricted',
			keyOther: 'open, or not reported (see the status history)'
		},
		route: {
			legs: 'Legs',
			leg: 'Leg',
			mode: 'Mode',
			length: 'Length',
			total: 'Total',
			toSea: '{name} to the sea',
			route: 'Route',
			distance: 'Distance',
			notConnected: 'not connected',
			km: '{value} km',
			/** A way to the sea: "Karachi via Torkham". */
			via: '{port} via {through}',
			caveat:
				'Distances are measured in straight lines between the sourced towns, so they understate the road distance.'
		}
	},
	embed: {
		/** The embed's <title> and iframe title. */
		title: 'Border Map: the Pakistan–Afghanistan border crisis',
		placeTitle: 'Border Map: {name}',
		mapOn: '{title}: map on {date}',
		openFullMap: 'Open full map',
		embedThisView: 'Embed this view',
		size: 'Size',
		sizes: {
			small: 'Small',
			medium: 'Medium',
			large: 'Large',
			responsive: 'Responsive'
		},
		/** A size preset with its width: "Small (400 px)". */
		sizeWidth: '{size} ({width} px)',
		fullWidth: '{size} (full width)',
		fitHeight: 'Fit the height to the content (adds a small script)',
		/** Which kind of page the snippet is for. */
		pageKind: 'For',
		pageKinds: { html: 'a web page', amp: 'an AMP page' },
		/** The button AMP shows when it may not resize the embed by itself. */
		ampOverflow: 'Show the whole map',
		snippet: 'Snippet',
		copy: 'Copy',
		copied: 'Copied',
		preview: 'Preview',
		downloadPng: 'Download PNG',
		textVersion: 'Text version: places and their status',
		moreInView: {
			one: 'and {count} more place in view, on the full map',
			other: 'and {count} more places in view, on the full map'
		} satisfies Plural,
		dataFailed: 'Could not load every place for this view; the map shows {date}.',
		table: {
			caption: 'Places and their status on {date}',
			place: 'Place',
			kind: 'Kind',
			status: 'Status',
			since: 'Since'
		},
		source: 'Source',
		sources: 'Sources',
		/** The source line under an embed. */
		credit: 'Data as of {date} · Sources: {publishers} and others · Basemap: {basemap}',
		noWebgl:
			'The interactive map needs WebGL, which this browser does not offer; this is a static map of the same view.',
		/** Follows a reason the map could not start: "… This is a static map of the same view." */
		staticFallback: 'This is a static map of the same view.'
	},
	/** The status key: what each marker and route dash means, for every kind of place. */
	legend: {
		label: 'Legend',
		ok: 'open / operating',
		partial: 'restricted / disrupted',
		stopped: 'closed / blocked',
		unknown: 'no reporting found'
	},
	map: {
		label: 'Map of the Pakistan–Afghanistan border, its crossings and trade routes',
		of: 'Map of {name}',
		ofPlace: 'Map of {name} and its neighbours',
		ofSurroundings: 'Map of {name} and its surroundings',
		durandLine: 'Durand Line (de facto border)',
		/** The map's own label for the line: two lines, no brackets (the map does not mirror them in right-to-left text). */
		durandLabel: 'Durand Line\nde facto border',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		notReady: 'The map is not ready yet.',
		noWebgl2: 'This browser cannot draw the interactive map (WebGL 2 is off or missing).',
		contextLost:
			'The graphics context was lost; the interactive map will return when it is restored.',
		couldNotLoad: 'The interactive map could not load: {error}',
		couldNotStart: 'The interactive map could not start: {error}',
		unknownError: 'unknown error',
		/** The basemap (countries, borders, coast) in the list of what could not load. */
		basemap: 'Basemap',
		/** A data file that failed while the rest of the map drew. */
		layerFailed: 'Could not load: {layers}. The rest of the map works.',
		/** `{basemap}` and `{placePage}` become links. */
		attribution:
			'Basemap: {basemap} (public domain) · Facts: {publishers} and others, cited on each {placePage}',
		placePage: 'place page'
	},
	about: {
		title: 'About, sources and corrections',
		heading: 'About Border Map',
		dataRunsTo: 'The data runs to {date}.',
		howStatuses: 'How statuses are decided',
		whereMap: 'Where the map comes from',
		sourcesLicences: 'Sources and licences',
		corrections: 'Corrections',
		noHistory: 'The change history is not available in this copy of the site.',
		noChanges: 'No changes to the data have been recorded yet.',
		changesIntro: 'Every change to the facts, newest first, from the data’s history:',
		files: {
			one: '({count} file)',
			other: '({count} files)'
		} satisfies Plural,
		mirrorOf: '(mirror of {publisher})'
	},
	data: {
		title: 'Download the data',
		intro: 'Everything on the map, as of {date}.',
		/** `{column}` is the column name `to`, set as code. */
		datesNote:
			'Dates are written YYYY-MM-DD; an empty {column} means the period is still going on.',
		reuse:
			'Every row names its sources. Free to reuse with credit to Border Map and the sources named.',
		tablesHeading: 'Tables (CSV)',
		layersHeading: 'Map layers (GeoJSON)',
		tables: {
			locations: {
				title: 'Locations',
				description:
					'Every place and route: kind, names in four languages, coordinates and how exact they are'
			},
			'status-periods': {
				title: 'Status periods',
				description:
					'Each dated status of each place: from, to (empty while ongoing), status, scope'
			},
			closures: {
				title: 'Closures',
				description:
					'Closure episodes with their length in days, counted up to the data’s as-of date'
			},
			figures: {
				title: 'Trade-impact figures',
				description:
					'Each figure as its source gives it: several rows of one metric are a range, never averaged'
			},
			events: {
				title: 'Events',
				description: 'Dated events with a short summary in our words'
			},
			incidents: {
				title: 'Incidents',
				description:
					'Strikes, clashes, shelling, drone strikes and attacks: a row per incident and casualty report, each source’s figures on their own row, never added up'
			},
			sources: {
				title: 'Sources',
				description: 'Every source cited: publisher, title, publication date, URL'
			}
		}
	},
	/** A place page's strikes and clashes near it (the list's and map's words beyond `incidents`). */
	nearby: {
		/** Said of an incident placed at the page's own place, instead of "0 km away". */
		atPlace: 'at {name}',
		mapAlt: 'Map of the strikes and clashes within {km} km of {name}',
		ringKey: 'Dashed circle: {km} km.',
		countKey: 'A number beside a mark: how many incidents share its spot.'
	}
};

/** The shape every language file has: the English tree with every leaf a string. */
export type Messages = DeepStrings<typeof en>;
type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export default en satisfies Messages;
