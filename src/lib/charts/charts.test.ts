import { describe, expect, it } from 'vitest';
import { closureTimeline, TIMELINE } from './closure-timeline';
import { yearBars, YEAR_BARS } from './year-bars';
import type { Closure } from '$lib/data/closures';

const part = (
	from: string,
	to: string | null,
	severity: 'closed' | 'restricted',
	days: number
) => ({
	from,
	to,
	status: severity,
	scope: 'all' as const,
	severity,
	days,
	sources: ['s'],
	readings: []
});

describe('closureTimeline', () => {
	const closures: Closure[] = [
		{
			...part('2025-01-01', '2025-01-10', 'closed', 10),
			parts: [part('2025-01-01', '2025-01-10', 'closed', 10)]
		},
		{
			...part('2025-06-01', null, 'restricted', 214),
			parts: [part('2025-06-01', null, 'restricted', 214)]
		}
	];
	const layout = closureTimeline(closures, '2025-01-01', '2025-12-31');

	it('spans the axis from the first day to the end of the as-of day', () => {
		const { margin, width } = TIMELINE;
		expect(layout.bands[0]!.x).toBe(margin.left);
		const last = layout.bands[1]!;
		expect(last.x + last.width).toBeCloseTo(width - margin.right, 0);
	});

	it('sizes bands by days: 10 days of 365 is 10/365 of the axis', () => {
		const axis = TIMELINE.width - TIMELINE.margin.left - TIMELINE.margin.right;
		expect(layout.bands[0]!.width).toBeCloseTo((axis * 10) / 365, 0);
	});

	it('ticks on month starts inside the axis', () => {
		expect(layout.ticks.length).toBeGreaterThan(2);
		for (const tick of layout.ticks) expect(tick.date.endsWith('-01')).toBe(true);
	});
});

describe('yearBars', () => {
	it('stacks restricted days on closed days, on a shared zero line', () => {
		const layout = yearBars({
			2024: { closed: 6, restricted: 0 },
			2025: { closed: 46, restricted: 61 }
		});
		const bar = layout.bars.find((b) => b.year === 2025)!;
		const zero = YEAR_BARS.height - YEAR_BARS.margin.bottom;
		expect(bar.closed.y + bar.closed.height).toBeCloseTo(zero, 0);
		expect(bar.restricted.y + bar.restricted.height).toBeCloseTo(bar.closed.y, 0);
		expect(bar.restricted.height / bar.closed.height).toBeCloseTo(61 / 46, 1);
		expect(layout.gridlines[0]!.value).toBe(0);
	});
});
