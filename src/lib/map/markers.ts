/**
 * Status markers drawn on a canvas (no sprite request): the shape is the second cue beside colour.
 * ok: filled disc · partial: half-filled disc · stopped: ring with a bar · unknown: hollow ring.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { severityColour, severityMarker, type Severity } from '$lib/data/scales';

const SIZE = 44; // drawn at 2× and shown with icon-size 0.5, for crisp markers on dense screens

function draw(severity: Severity): ImageData {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = SIZE;
	const context = canvas.getContext('2d')!;
	const colour = severityColour(severity);
	const centre = SIZE / 2;
	const radius = SIZE / 2 - 5;
	const disc = () => {
		context.beginPath();
		context.arc(centre, centre, radius, 0, Math.PI * 2);
	};
	// White halo so markers read on any fill.
	context.beginPath();
	context.arc(centre, centre, radius + 3, 0, Math.PI * 2);
	context.fillStyle = '#ffffff';
	context.fill();
	context.lineWidth = 5;
	context.strokeStyle = colour;
	context.fillStyle = colour;
	if (severity === 'ok') {
		disc();
		context.fill();
	} else if (severity === 'partial') {
		context.beginPath();
		context.arc(centre, centre, radius, Math.PI / 2, (Math.PI * 3) / 2);
		context.closePath();
		context.fill();
		disc();
		context.stroke();
	} else if (severity === 'stopped') {
		disc();
		context.stroke();
		context.beginPath();
		context.moveTo(centre - radius * 0.7, centre + radius * 0.7);
		context.lineTo(centre + radius * 0.7, centre - radius * 0.7);
		context.stroke();
	} else {
		context.setLineDash([5, 4]);
		disc();
		context.stroke();
	}
	return context.getImageData(0, 0, SIZE, SIZE);
}

export function addStatusMarkers(map: MapLibreMap): void {
	for (const severity of ['ok', 'partial', 'stopped', 'unknown'] as const) {
		const name = severityMarker(severity);
		if (!map.hasImage(name)) map.addImage(name, draw(severity), { pixelRatio: 2 });
	}
}
