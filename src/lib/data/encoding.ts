/**
 * The look of the map, defined once: the palette, the status encodings (colour, marker, dash), the
 * Durand Line's line, the route lines by mode, and each layer's legend swatch. The MapLibre style,
 * both legends, the static SVG and PNG maps and the PNG export's legend all read this module, so
 * what the map draws and what the legends promise cannot drift apart.
 *
 * Colours are Okabe–Ito, safe for the common forms of colour blindness, and every status also has
 * a second cue: a marker shape for places, a dash pattern for routes. Dashes are in line widths
 * (MapLibre's `line-dasharray`); `dashPixels` turns them into SVG or canvas pixels.
 */
import { scaleOrdinal } from 'd3-scale';
import { SEVERITIES, type Severity } from './vocabulary';
import type { IncidentType, Mode } from './types';

export type { Severity } from './vocabulary';

/** The basemap palette: pale land, quiet sea, Afghanistan and Pakistan a shade stronger. */
export const PALETTE = {
	sea: '#dce8ee',
	land: '#f4f2ec',
	neighbour: '#eeebe2',
	focus: '#e4ddcb',
	boundary: '#a3a09a',
	coast: '#9db4c0',
	countryLabel: '#8a8477',
	focusLabel: '#5f5a4f',
	placeLabel: '#2b2b2b',
	halo: '#fbfaf7',
	border: '#1f1d1a',
	casing: '#ffffff'
};

/** Okabe–Ito bluish green, orange, vermilion, and a neutral grey. */
export const severityColour = scaleOrdinal<Severity, string>()
	.domain(SEVERITIES)
	.range(['#009e73', '#e69f00', '#d55e00', '#8c8c8c']);

/** Second cue for places: the name of the marker image drawn for each severity (see MARKER). */
export const severityMarker = scaleOrdinal<Severity, string>()
	.domain(SEVERITIES)
	.range(['marker-ok', 'marker-partial', 'marker-stopped', 'marker-unknown']);

/**
 * Second cue for routes: the dash pattern, in line widths. Operating is solid, disrupted
 * long-dash, blocked short-dash, no reporting found dotted.
 */
export const severityDash = scaleOrdinal<Severity, number[]>()
	.domain(SEVERITIES)
	.range([
		[1, 0],
		[4, 2],
		[1.2, 1.6],
		[0.5, 1.5]
	]);

/** The severity a colour of `severityColour` stands for (null for any other colour). */
export function severityOfColour(colour: string): Severity | null {
	return SEVERITIES.find((severity) => severityColour(severity) === colour.toLowerCase()) ?? null;
}

/** A dash in line widths as pixels for SVG or canvas; undefined for a solid line. */
export function dashPixels(dash: readonly number[], width: number): number[] | undefined {
	return dash[1] === 0 ? undefined : dash.map((length) => length * width);
}

/**
 * The status markers, for every renderer (the map's icons and the PNG legend rasterise them; the
 * legends and static maps draw them as SVG). Shapes, on a white halo: ok a filled disc; partial a
 * ring with its left half filled; stopped a ring crossed by a bar from lower left to upper right;
 * unknown a dashed ring. Lengths scale with the marker's radius.
 */
export const MARKER = {
	/** Ring and bar width for a marker of `radius`. */
	line: (radius: number) => Math.max(1.5, radius * 0.3),
	/** Radius of the white halo behind the shape. */
	halo: (radius: number) => radius + MARKER.line(radius) * 0.6,
	/** Half the bar's length along its diagonal (it ends on the ring). */
	barHalf: (radius: number) => radius * 0.7 * Math.SQRT2,
	/** The unknown ring's dashes and gaps, in multiples of the line, from 3 o'clock clockwise. */
	dash: [1.2, 1] as const
};

/** The Durand Line: the strongest line on the map, dark and dashed ("disputed"), on a casing. */
export const BORDER_LOOK = {
	colour: PALETTE.border,
	width: 2.6,
	dash: [3, 1.2] as const,
	casing: { colour: PALETTE.casing, width: 6, opacity: 0.85 }
};

/**
 * Route lines by mode: the mode shows in width and casing (rail adds cross-ties), the status in
 * colour and dash. Air legs are great-circle arcs.
 */
export const ROUTE_LOOK: Record<
	Mode,
	{ width: number; casing?: number; ties?: { width: number; dash: readonly number[] } }
> = {
	road: { width: 3.2, casing: 6 },
	rail: { width: 3.2, casing: 6, ties: { width: 7, dash: [0.25, 2] } },
	sea: { width: 2 },
	air: { width: 1.6 }
};

/** The dot drawn for a city or port (places whose status the cities layer does not colour). */
export const CITY_DOT = {
	radius: 4.5,
	fill: PALETTE.placeLabel,
	stroke: PALETTE.casing,
	strokeWidth: 1.5
};

/**
 * Incidents: one colour (Okabe–Ito's reddish purple, darkened to stand apart from every status
 * colour), a shape per type as the second cue, an area by deaths, and a fade with age.
 */
export const INCIDENT_LOOK = {
	colour: '#9c2a6b',
	halo: PALETTE.casing,
	/** Width of the white halo around each shape, in pixels at radius 1. */
	haloWidth: 0.18,
	/** Opacity of the oldest incidents in the window (the newest are opaque). */
	oldestOpacity: 0.35
};

/** A regular star or polygon of `points` corners, radius 1, pointing up (y grows downwards). */
function star(points: number, inner: number | null, turn = 0): [number, number][] {
	const corners = inner === null ? points : points * 2;
	return Array.from({ length: corners }, (_, index) => {
		const radius = inner !== null && index % 2 === 1 ? inner : 1;
		const angle = turn - Math.PI / 2 + (index * 2 * Math.PI) / corners;
		return [
			Math.round(radius * Math.cos(angle) * 1e4) / 1e4,
			Math.round(radius * Math.sin(angle) * 1e4) / 1e4
		];
	});
}

/**
 * Each incident type's marker as a polygon of radius 1 (SVG and the map's icons draw the same
 * corners): an airstrike a triangle pointing down, from the air; a drone strike a diamond; a clash
 * a cross; shelling a square; an attack a five-pointed star.
 */
export const INCIDENT_SHAPE: Record<IncidentType, readonly [number, number][]> = {
	airstrike: star(3, null, Math.PI),
	'drone-strike': star(4, null),
	clash: [
		[-0.35, -1],
		[0.35, -1],
		[0.35, -0.35],
		[1, -0.35],
		[1, 0.35],
		[0.35, 0.35],
		[0.35, 1],
		[-0.35, 1],
		[-0.35, 0.35],
		[-1, 0.35],
		[-1, -0.35],
		[-0.35, -0.35]
	],
	shelling: [
		[-0.8, -0.8],
		[0.8, -0.8],
		[0.8, 0.8],
		[-0.8, 0.8]
	],
	attack: star(5, 0.45)
};

/** The icon image name of each incident type's marker on the map. */
export const incidentIcon = (type: IncidentType) => `incident-${type}`;

/**
 * Marker radius in pixels by the most deaths one source reports, on a square-root scale (area
 * grows with deaths, as readers compare areas): 5 px for none or no figure, 18 px from 200 dead.
 * The d3 scale itself is $lib/data/incident-scale, applied at build time: each incident in the
 * layer file carries its radius, and the pages their legend's sizes, so the browser loads no d3
 * interpolation or number formatting for it.
 */
export const INCIDENT_SIZE = { deaths: [0, 200], radius: [5, 18] } as const;

/** The largest incident marker's radius: the map's icons are drawn at it and scaled down. */
export const INCIDENT_ICON_RADIUS = INCIDENT_SIZE.radius[1];

/** Death counts the legend shows sizes for. */
export const INCIDENT_SIZE_STEPS = [1, 10, 50, 200] as const;

/** An SVG path of an incident marker of `radius` centred on the origin. */
export function incidentPath(type: IncidentType, radius: number): string {
	const corners = INCIDENT_SHAPE[type].map(
		([x, y]) => `${Math.round(x * radius * 100) / 100} ${Math.round(y * radius * 100) / 100}`
	);
	return `M${corners.join('L')}Z`;
}

/** What a layer's legend swatch shows. */
export type Swatch =
	| { kind: 'border' }
	| { kind: 'incident'; type: IncidentType }
	| { kind: 'marker'; severity: Severity }
	| { kind: 'dot' }
	| { kind: 'route'; mode: Mode; severity: Severity };

/** The part of a registry layer a swatch depends on (kept structural: the registry imports nothing). */
export type SwatchSource =
	| { type: 'border' }
	| { type: 'incidents' }
	| { type: 'points'; kinds: readonly string[] }
	| { type: 'route'; mode: Mode };

/**
 * The swatch of a layer: the border's dash, an incident's marker, a crossing's marker, a city's
 * dot, a route's line.
 */
export function layerSwatch(source: SwatchSource): Swatch {
	if (source.type === 'border') return { kind: 'border' };
	if (source.type === 'incidents') return { kind: 'incident', type: 'airstrike' };
	if (source.type === 'points')
		return source.kinds.includes('crossing') ? { kind: 'marker', severity: 'ok' } : { kind: 'dot' };
	return { kind: 'route', mode: source.mode, severity: 'ok' };
}
