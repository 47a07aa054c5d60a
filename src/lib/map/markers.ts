/**
 * Status markers, rasterised in plain JavaScript (no sprite request, no canvas) from the geometry
 * in $lib/data/encoding (MARKER), which the SVG legends and static maps draw too: the shape is the
 * second cue beside colour. The same pixels serve the map's icons and the PNG export's legend.
 *
 * Why not a 2D canvas: the page's first one cost 2–38 ms (measured on the benchmark machine) while
 * the map was loading; these four 44 px images take a few milliseconds at most.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MARKER, severityColour, severityMarker, type Severity } from '$lib/data/encoding';

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
	const [red, green, blue] = hexRgb(severityColour(severity));
	const pixels = new Uint8ClampedArray(size * size * 4);
	const centre = size / 2;
	const line = MARKER.line(radius);
	const haloRadius = MARKER.halo(radius);
	for (let row = 0; row < size; row++) {
		for (let column = 0; column < size; column++) {
			const x = column + 0.5 - centre;
			const y = row + 0.5 - centre;
			const halo = coverage(Math.hypot(x, y) - haloRadius);
			if (halo === 0) continue; // outside the marker
			const colour = coverage(shapeDistance(severity, x, y, radius, line));
			// The colour over the white halo.
			const alpha = colour + halo * (1 - colour);
			const share = colour / alpha;
			const offset = (row * size + column) * 4;
			pixels[offset] = Math.round(255 + (red - 255) * share);
			pixels[offset + 1] = Math.round(255 + (green - 255) * share);
			pixels[offset + 2] = Math.round(255 + (blue - 255) * share);
			pixels[offset + 3] = Math.round(255 * alpha);
		}
	}
	return pixels;
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
	const image = document.createElement('canvas');
	image.width = image.height = size;
	image
		.getContext('2d')!
		.putImageData(new ImageData(markerPixels(severity, size, radius), size, size), 0, 0);
	context.drawImage(image, x - size / 2, y - size / 2);
}

export function addStatusMarkers(map: MapLibreMap): void {
	for (const severity of ['ok', 'partial', 'stopped', 'unknown'] as const) {
		const name = severityMarker(severity);
		if (map.hasImage(name)) continue;
		const data = markerPixels(severity, SIZE, SIZE / 2 - 7);
		map.addImage(name, { width: SIZE, height: SIZE, data }, { pixelRatio: 2 });
	}
}
