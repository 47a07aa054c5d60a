/**
 * Where a static map can put each place's label without covering another label, another place's
 * marker or the frame's edge: labels are placed in order of importance (the place the map is
 * about, then crossings, ports and cities), each right of its marker, else left of it, else below
 * it, else above it, else left off. The markers all stay. Used on every static map (the pages' fallbacks and their maps, the
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

export type LabelSide = 'right' | 'left' | 'below' | 'above';
/** The sides a label is tried on, in order. */
const SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above'];

/**
 * Where StaticMap anchors a label on each side of its point: the baseline's offset, and how the
 * text hangs from it.
 */
export const LABEL_ANCHORS: Record<
	LabelSide,
	{ x: number; y: number; textAnchor: 'start' | 'end' | 'middle' }
> = {
	right: { x: 10, y: 4, textAnchor: 'start' },
	left: { x: -10, y: 4, textAnchor: 'end' },
	// Below and above, the label clears the larger (crossing) marker.
	below: { x: 0, y: 19, textAnchor: 'middle' },
	above: { x: 0, y: -12, textAnchor: 'middle' }
};

/**
 * A 12 px label's reach from its baseline (capitals and ascenders above, descenders below, a
 * 1.5 px halo round both), and the half-width of a crossing's marker and of another place's dot.
 */
export const LABEL_BOX = { ascent: 10.5, descent: 4.5, marker: 7, dot: 4.5 } as const;

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
		const boxOn = (side: LabelSide): Box => {
			const { x, y, textAnchor } = LABEL_ANCHORS[side];
			const start =
				point.x + x - (textAnchor === 'end' ? length : textAnchor === 'middle' ? length / 2 : 0);
			const baseline = point.y + y;
			return [start, baseline - LABEL_BOX.ascent, start + length, baseline + LABEL_BOX.descent];
		};
		const side = SIDES.find((candidate) => free(boxOn(candidate), point.slug));
		if (!side) continue;
		placed.push(boxOn(side));
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
			return side === 'right' ? point : { ...point, side };
		})
	};
}
