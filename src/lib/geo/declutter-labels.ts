/**
 * Where a static map can put each place's label without covering another label, another place's
 * marker or the frame's edge: labels are placed in order of importance (the place the map is
 * about, then crossings, ports and cities), each right of its marker, else left of it, else left
 * off. The markers all stay. Used on every static map (the pages' fallbacks and their maps, the
 * share cards), where the labels the interactive map hides on collision would otherwise run together.
 *
 * @example declutterLabels(shape.points, (label) => label.length * 6.5, { focus: 'torkham' })
 * // Map { 'torkham' => 'right', 'peshawar' => 'left', … }: the labels to draw, and on which side
 */
import { KIND_PRIORITY, type StaticMapShape } from './static-map';

export interface LabelledPoint {
	slug: string;
	label: string;
	kind: string;
	x: number;
	y: number;
}

export type LabelSide = 'right' | 'left';

/**
 * Where StaticMap puts a 12 px label relative to its point (its baseline 4 px below: capitals and
 * ascenders reach 9 px above it, descenders 3 px below, a 1.5 px halo round both), and the
 * half-width of a crossing's marker and of another place's dot.
 */
export const LABEL_BOX = { dx: 10, top: -6.5, bottom: 8.5, marker: 7, dot: 4.5 } as const;

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * The side each drawable label goes on, by slug; a point missing from the map has no label.
 * @param width a label's width in px as StaticMap draws it (bold for the focus).
 * @param frame the map's size: a label must lie inside it.
 */
export function declutterLabels(
	points: readonly LabelledPoint[],
	width: (label: string, bold: boolean) => number,
	{ focus = null, frame }: { focus?: string | null; frame: { width: number; height: number } }
): Map<string, LabelSide> {
	const rank = ({ slug, kind }: LabelledPoint) => {
		if (slug === focus) return -1;
		const index = KIND_PRIORITY.indexOf(kind);
		return index < 0 ? KIND_PRIORITY.length : index;
	};
	const markers = points.map(({ slug, kind, x, y }) => {
		const m = kind === 'crossing' ? LABEL_BOX.marker : LABEL_BOX.dot;
		return [slug, [x - m, y - m, x + m, y + m] as Box] as const;
	});
	const placed: Box[] = [];
	const sides = new Map<string, LabelSide>();
	const free = (box: Box, self: string) =>
		box[0] >= 0 &&
		box[1] >= 0 &&
		box[2] <= frame.width &&
		box[3] <= frame.height &&
		!placed.some((other) => overlaps(box, other)) &&
		!markers.some(([slug, marker]) => slug !== self && overlaps(box, marker));
	for (const point of [...points].sort((a, b) => rank(a) - rank(b))) {
		if (!point.label) continue;
		const length = width(point.label, point.slug === focus);
		const top = point.y + LABEL_BOX.top;
		const bottom = point.y + LABEL_BOX.bottom;
		const right: Box = [point.x + LABEL_BOX.dx, top, point.x + LABEL_BOX.dx + length, bottom];
		const left: Box = [point.x - LABEL_BOX.dx - length, top, point.x - LABEL_BOX.dx, bottom];
		const side = free(right, point.slug) ? 'right' : free(left, point.slug) ? 'left' : null;
		if (!side) continue;
		placed.push(side === 'right' ? right : left);
		sides.set(point.slug, side);
	}
	return sides;
}

/**
 * `shape` with each label on the side of its marker where it runs into nothing, or left off (an
 * empty label; its place's marker stays).
 * @param width a label's width in px as drawn at 12 px (bold for the focus).
 */
export function declutterShape(
	shape: StaticMapShape,
	width: (label: string, bold: boolean) => number,
	focus: string | null
): StaticMapShape {
	const sides = declutterLabels(shape.points, width, { focus, frame: shape });
	return {
		...shape,
		points: shape.points.map((point) => {
			const side = sides.get(point.slug);
			if (!side) return { ...point, label: '' };
			return side === 'left' ? { ...point, side } : point;
		})
	};
}
