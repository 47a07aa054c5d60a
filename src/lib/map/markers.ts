/**
 * Status markers drawn on a canvas (no sprite request): the shape is the second cue beside colour.
 * ok: filled disc · partial: half-filled disc · stopped: ring with a bar · unknown: dashed ring.
 * The same drawing serves the map's icons and the legend of the PNG export.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { severityColour, severityMarker, type Severity } from '$lib/data/scales';

const SIZE = 44; // drawn at 2× and shown at pixelRatio 2, for crisp markers on dense screens

/** Draws a marker of `radius` centred on (x, y). */
export function drawMarker(
	context: CanvasRenderingContext2D,
	severity: Severity,
	x: number,
	y: number,
	radius: number
): void {
	const colour = severityColour(severity);
	const line = Math.max(1.5, radius * 0.3);
	const disc = () => {
		context.beginPath();
		context.arc(x, y, radius, 0, Math.PI * 2);
	};
	context.save();
	// White halo so markers read on any fill.
	context.beginPath();
	context.arc(x, y, radius + line * 0.6, 0, Math.PI * 2);
	context.fillStyle = '#ffffff';
	context.fill();
	context.lineWidth = line;
	context.strokeStyle = colour;
	context.fillStyle = colour;
	if (severity === 'ok') {
		disc();
		context.fill();
	} else if (severity === 'partial') {
		context.beginPath();
		context.arc(x, y, radius, Math.PI / 2, (Math.PI * 3) / 2);
		context.closePath();
		context.fill();
		disc();
		context.stroke();
	} else if (severity === 'stopped') {
		disc();
		context.stroke();
		context.beginPath();
		context.moveTo(x - radius * 0.7, y + radius * 0.7);
		context.lineTo(x + radius * 0.7, y - radius * 0.7);
		context.stroke();
	} else {
		context.setLineDash([line * 1.2, line]);
		disc();
		context.stroke();
	}
	context.restore();
}

function markerImage(severity: Severity): ImageData {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = SIZE;
	// Read back once, on the CPU: no round trip to a GPU-backed canvas.
	const context = canvas.getContext('2d', { willReadFrequently: true })!;
	drawMarker(context, severity, SIZE / 2, SIZE / 2, SIZE / 2 - 7);
	return context.getImageData(0, 0, SIZE, SIZE);
}

export function addStatusMarkers(map: MapLibreMap): void {
	for (const severity of ['ok', 'partial', 'stopped', 'unknown'] as const) {
		const name = severityMarker(severity);
		if (!map.hasImage(name)) map.addImage(name, markerImage(severity), { pixelRatio: 2 });
	}
}
