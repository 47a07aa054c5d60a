import { describe, expect, it } from 'vitest';
import { loadGeodata } from '$lib/server/geodata';
import { FigureUnitError, figureGroups, unitMismatches } from './figures';
import type { Figure } from './types';

function figure(metric: string, value: Figure['value'], unit: string, source: string): Figure {
	return { metric, label: `Label of ${metric}`, value, unit, as_of: '2025-10-20', source };
}

describe('figureGroups', () => {
	it('keeps a single-source metric as one value', () => {
		const [group] = figureGroups({ figures: [figure('trucks-stranded', 5000, 'trucks', 'a')] });
		expect(group).toMatchObject({
			metric: 'trucks-stranded',
			min: 5000,
			max: 5000,
			isRange: false,
			unit: 'trucks'
		});
	});

	it('shows disagreeing sources as a range over their values, never an average', () => {
		const figures = [
			figure('daily-trade', 1.5, 'USD million', 'a'),
			figure('daily-trade', 2.5, 'USD million', 'b'),
			figure('daily-trade', 2, 'USD million', 'c')
		];
		const [group] = figureGroups({ figures });
		expect(group).toMatchObject({ min: 1.5, max: 2.5, isRange: true, sources: ['a', 'b', 'c'] });
		expect(group?.entries).toEqual(figures);
	});

	it('widens a range with ranged values, and treats a ranged value alone as a range', () => {
		const [alone] = figureGroups({
			figures: [figure('trucks', { min: 6000, max: 7000 }, 'trucks', 'a')]
		});
		expect(alone).toMatchObject({ min: 6000, max: 7000, isRange: true });
		const [mixed] = figureGroups({
			figures: [
				figure('trucks', 5000, 'trucks', 'a'),
				figure('trucks', { min: 6000, max: 7000 }, 'trucks', 'b')
			]
		});
		expect(mixed).toMatchObject({ min: 5000, max: 7000 });
	});

	it('keeps metrics apart, in order of first appearance, and lists each source once', () => {
		const groups = figureGroups({
			figures: [
				figure('b-metric', 1, 'n', 'x'),
				figure('a-metric', 2, 'n', 'x'),
				figure('b-metric', 1, 'n', 'x')
			]
		});
		expect(groups.map((group) => group.metric)).toEqual(['b-metric', 'a-metric']);
		expect(groups[0]).toMatchObject({ isRange: false, sources: ['x'] });
		expect(groups[0]?.entries).toHaveLength(2);
	});

	it('refuses to build a range across units, naming both figures', () => {
		const location = {
			figures: [
				figure('daily-trade', 1.5, 'USD million', 'a'),
				figure('daily-trade', 1_500_000, 'USD', 'b')
			]
		};
		expect(() => figureGroups(location)).toThrow(FigureUnitError);
		expect(() => figureGroups(location)).toThrow(
			'figures[1] (daily-trade): unit "USD" differs from "USD million" of figures[0]'
		);
	});

	it('is empty without figures', () => {
		expect(figureGroups({ figures: [] })).toEqual([]);
	});
});

describe('unitMismatches', () => {
	it('lists each figure whose unit differs from the first of its metric', () => {
		expect(
			unitMismatches([
				{ metric: 'x', unit: 'trucks' },
				{ metric: 'y', unit: 'USD' },
				{ metric: 'x', unit: 'trucks' },
				{ metric: 'x', unit: 'vehicles' }
			])
		).toEqual([{ metric: 'x', index: 3, unit: 'vehicles', firstIndex: 0, firstUnit: 'trucks' }]);
	});
});

describe('on the real data (facts from the research dossier)', () => {
	const { locations, bySlug } = loadGeodata();

	it('groups every location without a unit clash', () => {
		for (const location of locations)
			expect(() => figureGroups(location), location.slug).not.toThrow();
	});

	it('shows Torkham export losses in the Feb 2025 closure as $1.5–2.5 m per day, not an average', () => {
		const group = figureGroups(bySlug['torkham']!).find(
			(candidate) => candidate.metric === 'export-losses-daily-feb-2025'
		);
		expect(group).toMatchObject({
			min: 1_500_000,
			max: 2_500_000,
			unit: 'USD per day',
			isRange: true
		});
	});
});
