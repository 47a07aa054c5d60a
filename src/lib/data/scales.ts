/**
 * Status encodings. One d3 scale per encoding feeds both the MapLibre style expressions and the
 * legend, so the two cannot drift apart. Colours are Okabe–Ito, safe for the common forms of
 * colour blindness, and every status also has a second cue (a marker shape or a dash pattern).
 */
import { scaleOrdinal } from 'd3-scale';
import { SEVERITIES, type Severity } from './vocabulary';

export type { Severity } from './vocabulary';

/** Okabe–Ito bluish green, orange, vermilion, and a neutral grey. */
export const severityColour = scaleOrdinal<Severity, string>()
	.domain(SEVERITIES)
	.range(['#009e73', '#e69f00', '#d55e00', '#8c8c8c']);

/** Second cue for point locations: the marker drawn for each severity. */
export const severityMarker = scaleOrdinal<Severity, string>()
	.domain(SEVERITIES)
	.range(['marker-ok', 'marker-partial', 'marker-stopped', 'marker-unknown']);

/**
 * Second cue for routes: the dash pattern, in line widths (MapLibre's `line-dasharray`).
 * Operating is solid, disrupted long-dash, blocked short-dash.
 */
export const severityDash = scaleOrdinal<Severity, number[]>()
	.domain(SEVERITIES)
	.range([
		[1, 0],
		[4, 2],
		[1.2, 1.6],
		[0.5, 1.5]
	]);
