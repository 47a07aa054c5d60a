/**
 * "Download PNG": the map as drawn, with the title, the date, a legend and the source line drawn
 * in, so the image stands on its own when it is shared.
 */
import {
	BORDER_LOOK,
	dashPixels,
	PALETTE,
	ROUTE_LOOK,
	severityColour,
	severityDash,
	type Severity
} from '$lib/data/encoding';
import { SEVERITIES } from '$lib/data/vocabulary';
import { drawIncidentMarker, drawMarker } from './markers';
import { FONT } from './style';

export interface PngCaption {
	title: string;
	/** The summary sentence for the date shown. */
	summary: string;
	source: string;
	/** The status key's words, in the page's language. */
	legend: Record<Severity, string>;
	/** The Durand Line's name in the legend. */
	border: string;
	/** When the incidents layer is shown: its key ("Strikes and clashes, 16 Feb – 1 Mar 2026"). */
	incidents?: string;
}

/** Wraps `text` to lines no wider than `width` on `context`. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (context.measureText(next).width > width && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export function composePng(
	map: HTMLCanvasElement,
	caption: PngCaption,
	scale = 2
): HTMLCanvasElement {
	const width = map.width;
	const pad = 16 * scale;
	const font = (size: number, weight = 400) =>
		`${weight} ${size * scale}px "${FONT[0]}", sans-serif`;
	const measure = document.createElement('canvas').getContext('2d')!;
	measure.font = font(13);
	const summaryLines = wrap(measure, caption.summary, width - 2 * pad);
	const header = pad + 24 * scale + summaryLines.length * 18 * scale + 8 * scale;
	const incidentRow = caption.incidents ? 18 * scale : 0;
	const footer = 34 * scale + pad + incidentRow;

	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = header + map.height + footer;
	const context = canvas.getContext('2d')!;
	context.fillStyle = PALETTE.halo;
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.fillStyle = PALETTE.border;
	context.textBaseline = 'top';
	context.font = font(18, 700);
	context.fillText(caption.title, pad, pad);
	context.font = font(13);
	summaryLines.forEach((line, index) =>
		context.fillText(line, pad, pad + 26 * scale + index * 18 * scale)
	);
	context.drawImage(map, 0, header);

	// Legend: the same markers and route dashes as the map, then the Durand Line's dash.
	let x = pad;
	const y = header + map.height + 12 * scale;
	const line = (colour: string, width: number, dash: readonly number[], length: number) => {
		context.strokeStyle = colour;
		context.lineWidth = width * scale;
		context.setLineDash(dashPixels(dash, width * scale) ?? []);
		context.beginPath();
		context.moveTo(x, y + 6 * scale);
		context.lineTo(x + length * scale, y + 6 * scale);
		context.stroke();
		context.setLineDash([]);
		x += (length + 5) * scale;
	};
	context.font = font(11);
	for (const severity of SEVERITIES) {
		drawMarker(context, severity, x + 6 * scale, y + 6 * scale, 5 * scale);
		x += 15 * scale;
		line(severityColour(severity), ROUTE_LOOK.road.width * 0.7, severityDash(severity), 16);
		const label = caption.legend[severity];
		context.fillStyle = PALETTE.border;
		context.fillText(label, x, y);
		x += 12 * scale + context.measureText(label).width;
	}
	line(BORDER_LOOK.colour, BORDER_LOOK.width * 0.8, BORDER_LOOK.dash, 22);
	context.fillStyle = PALETTE.border;
	context.fillText(caption.border, x, y);
	if (caption.incidents) {
		drawIncidentMarker(context, 'airstrike', pad + 6 * scale, y + 24 * scale, 6 * scale);
		context.fillStyle = PALETTE.border;
		context.fillText(caption.incidents, pad + 16 * scale, y + 18 * scale);
	}
	context.fillStyle = severityColour('unknown');
	context.fillText(caption.source, pad, y + 18 * scale + incidentRow);
	return canvas;
}

export function downloadCanvas(canvas: HTMLCanvasElement, filename: string): void {
	canvas.toBlob((blob) => {
		if (!blob) return;
		const link = document.createElement('a');
		link.href = URL.createObjectURL(blob);
		link.download = filename;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
	}, 'image/png');
}
