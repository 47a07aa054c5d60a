/**
 * Status markers, rasterised in plain JavaScript (no sprite request, no canvas) from the geometry
 * in $lib/data/encoding (MARKER), which the SVG legends and static maps draw too: the shape is the
 * second cue beside colour. The same pixels serve the map's icons and the PNG export's legend.
 *
 * Why not a 2D canvas: the page's first one cost 2–38 ms (measured on the benchmark machine) while
 * the map was loading; these four 44 px images take a few milliseconds at most.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
	INCIDENT_LOOK,
	INCIDENT_SHAPE,
	incidentIcon,
	INCIDENT_ICON_RADIUS,
	MARKER,
	severityColour,
	severityMarker,
	type Severity
} from '$lib/data/encoding';
import { INCIDENT_TYPES } from '$lib/data/vocabulary';

const SIZE = 44; // drawn at 2× and shown at pixelRatio 2, for crisp markers on dense screens

// Shapes are signed distances in pixels, negative inside and positive outside: the union of two
// is the nearer, their intersection the farther.
const union = (a: number, b: number) => Math.min(a, b);
const intersection = (a: number, b: number) => Math.max(a, b);
/** Share of a pixel a shape covers, from the distance at its centre (a one-pixel ramp). */
const coverage = (distance: number) => Math.min(1, Math.max(0, 0.5 - distance));

/** Distance from (x, y), relative to the centre, to the marker's coloured shape. */
function shapeDistance(severity: Severity, x: number, y: number, radius: number, line: number) {
	const distance = Math.hypot(x, y);
	const disc = distance - radius;
	const ring = Math.abs(distance - radius) - line / 2;
	if (severity === 'ok') return disc;
	// The left half filled, inside the ring.
	if (severity === 'partial') return union(ring, intersection(disc, x));
	if (severity === 'stopped') {
		// A bar from lower left to upper right (y grows downwards), square-ended, across the ring.
		const along = Math.abs(x - y) / Math.SQRT2 - MARKER.barHalf(radius);
		const across = Math.abs(x + y) / Math.SQRT2 - line / 2;
		return union(ring, intersection(along, across));
	}
	// Dashes and gaps along the ring from 3 o'clock, clockwise.
	const dash = line * MARKER.dash[0];
	const period = line * (MARKER.dash[0] + MARKER.dash[1]);
	const arc = (((Math.atan2(y, x) + 2 * Math.PI) % (2 * Math.PI)) * radius) % period;
	const toDash = arc < dash ? -Math.min(arc, dash - arc) : Math.min(arc - dash, period - arc);
	return intersection(ring, toDash);
}

/**
 * A marker of `radius` centred in a `size` × `size` image: RGBA, not premultiplied, as
 * `ImageData` holds it.
 */
export function markerPixels(
	severity: Severity,
	size: number,
	radius: number
): Uint8ClampedArray<ArrayBuffer> {
	const line = MARKER.line(radius);
	const haloRadius = MARKER.halo(radius);
	return paintShape(size, severityColour(severity), (x, y) => ({
		halo: coverage(Math.hypot(x, y) - haloRadius),
		shape: coverage(shapeDistance(severity, x, y, radius, line))
	}));
}

/**
 * A `size` × `size` RGBA image (not premultiplied, as `ImageData` holds it) of a shape in `hex`
 * over a white halo, from the share of each pixel each covers (`at` takes the pixel's centre
 * relative to the image's).
 */
function paintShape(
	size: number,
	hex: string,
	at: (x: number, y: number) => { shape: number; halo: number }
): Uint8ClampedArray<ArrayBuffer> {
	const [red, green, blue] = hexRgb(hex);
	const pixels = new Uint8ClampedArray(size * size * 4);
	const centre = size / 2;
	for (let row = 0; row < size; row++) {
		for (let column = 0; column < size; column++) {
			const { shape, halo } = at(column + 0.5 - centre, row + 0.5 - centre);
			if (halo === 0 && shape === 0) continue; // outside the marker
			// The colour over the white halo.
			const alpha = shape + halo * (1 - shape);
			const share = shape / alpha;
			const offset = (row * size + column) * 4;
			pixels[offset] = Math.round(255 + (red - 255) * share);
			pixels[offset + 1] = Math.round(255 + (green - 255) * share);
			pixels[offset + 2] = Math.round(255 + (blue - 255) * share);
			pixels[offset + 3] = Math.round(255 * alpha);
		}
	}
	return pixels;
}

/** Draws `size` × `size` RGBA `pixels` centred on (x, y) on a 2D canvas (the PNG's legend). */
function drawPixels(
	context: CanvasRenderingContext2D,
	pixels: Uint8ClampedArray<ArrayBuffer>,
	size: number,
	x: number,
	y: number
): void {
	const image = document.createElement('canvas');
	image.width = image.height = size;
	image.getContext('2d')!.putImageData(new ImageData(pixels, size, size), 0, 0);
	context.drawImage(image, x - size / 2, y - size / 2);
}

function hexRgb(hex: string): [number, number, number] {
	const value = Number.parseInt(hex.replace('#', ''), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Draws a marker of `radius` centred on (x, y) on a 2D canvas (the PNG export's legend). */
export function drawMarker(
	context: CanvasRenderingContext2D,
	severity: Severity,
	x: number,
	y: number,
	radius: number
): void {
	const size = Math.ceil((radius + MARKER.line(radius)) * 2) + 2;
	drawPixels(context, markerPixels(severity, size, radius), size, x, y);
}

export function addStatusMarkers(map: MapLibreMap): void {
	for (const severity of ['ok', 'partial', 'stopped', 'unknown'] as const) {
		const name = severityMarker(severity);
		if (map.hasImage(name)) continue;
		const data = markerPixels(severity, SIZE, SIZE / 2 - 7);
		map.addImage(name, { width: SIZE, height: SIZE, data }, { pixelRatio: 2 });
	}
}

/** Signed distance from (x, y) to a polygon: negative inside (even–odd rule), positive outside. */
function polygonDistance(corners: readonly [number, number][], x: number, y: number): number {
	let nearest = Infinity;
	let inside = false;
	for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
		const [ax, ay] = corners[j]!;
		const [bx, by] = corners[i]!;
		const [dx, dy] = [bx - ax, by - ay];
		const along = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
		nearest = Math.min(nearest, Math.hypot(x - ax - along * dx, y - ay - along * dy));
		if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
	}
	return inside ? -nearest : nearest;
}

/** An incident type's marker of `radius` centred in a `size` × `size` RGBA image. */
export function incidentPixels(
	type: (typeof INCIDENT_TYPES)[number],
	size: number,
	radius: number
): Uint8ClampedArray<ArrayBuffer> {
	const corners = INCIDENT_SHAPE[type].map(
		([x, y]) => [x * radius, y * radius] as [number, number]
	);
	const halo = radius * INCIDENT_LOOK.haloWidth;
	return paintShape(size, INCIDENT_LOOK.colour, (x, y) => {
		const distance = polygonDistance(corners, x, y);
		return { shape: coverage(distance), halo: coverage(distance - halo) };
	});
}

/** Draws an incident marker of `radius` centred on (x, y) on a 2D canvas (the PNG's legend). */
export function drawIncidentMarker(
	context: CanvasRenderingContext2D,
	type: (typeof INCIDENT_TYPES)[number],
	x: number,
	y: number,
	radius: number
): void {
	const size = Math.ceil(radius * (1 + INCIDENT_LOOK.haloWidth) * 2) + 4;
	drawPixels(context, incidentPixels(type, size, radius), size, x, y);
}

/** The incident markers as map images, drawn at 2× for dense screens. */
export function addIncidentMarkers(map: MapLibreMap): void {
	const radius = INCIDENT_ICON_RADIUS * 2;
	const size = Math.ceil(radius * (1 + INCIDENT_LOOK.haloWidth) * 2) + 4;
	for (const type of INCIDENT_TYPES) {
		const name = incidentIcon(type);
		if (map.hasImage(name)) continue;
		const data = incidentPixels(type, size, radius);
		map.addImage(name, { width: size, height: size, data }, { pixelRatio: 2 });
	}
}
