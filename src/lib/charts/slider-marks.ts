/**
 * The date slider's marks, one per dated event, drawn as a single SVG path on the slider's day
 * scale (days from its first day), and found again under the pointer for their tooltip. One path,
 * not an element each: some 250 elements made a quarter of what the page lays out again at each
 * change of language (the whole page, as its direction changes).
 */

/** The marks' path: a stroke `height` tall at each of `days`. */
export function marksPath(days: readonly number[], height: number): string {
	return days.map((day) => `M${day} 0v${height}`).join('');
}

/**
 * The day under the pointer, on a track `span` days long drawn in `box`. The track runs from its
 * inline start: from the right edge in a right-to-left page.
 */
export function dayUnder(
	clientX: number,
	box: { left: number; right: number; width: number },
	span: number,
	rtl: boolean
): number {
	const fromStart = rtl ? box.right - clientX : clientX - box.left;
	return (fromStart / box.width) * span;
}

/** The index of the mark nearest `day`, if one lies within `reach` days; else -1. */
export function nearestMark(days: readonly number[], day: number, reach: number): number {
	let nearest = -1;
	let distance = reach;
	days.forEach((markDay, index) => {
		const off = Math.abs(markDay - day);
		if (off <= distance) [nearest, distance] = [index, off];
	});
	return nearest;
}
