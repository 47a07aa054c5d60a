import { describe, expect, it } from 'vitest';
import { loadGeodata } from '$lib/server/geodata';
import { distanceToSea, kabulToSea, KABUL_TO_SEA, routeLengths } from './route-distances';
import {
	corridor,
	haversineKm,
	ONE_DEGREE_KM,
	pointOf
} from '../../../tests/fixtures/routes/fixtures';

const tenth = (km: number) => Math.round(km * 10) / 10;

describe('routeLengths', () => {
	it('measures each leg and sums them, keeping 0.1 km', () => {
		const lengths = routeLengths(
			corridor('equator', [
				{ from: 'a', to: 'b', mode: 'road' },
				{ from: 'b', to: 'c', mode: 'rail' }
			]),
			pointOf
		);
		expect(lengths.legs.map(({ from, to, mode }) => [from, to, mode])).toEqual([
			['a', 'b', 'road'],
			['b', 'c', 'rail']
		]);
		for (const leg of lengths.legs) {
			expect(Math.abs(leg.km - ONE_DEGREE_KM)).toBeLessThan(0.5);
			expect(leg.km * 10).toBeCloseTo(Math.round(leg.km * 10), 6);
		}
		expect(Math.abs(lengths.totalKm - 2 * ONE_DEGREE_KM)).toBeLessThan(0.5);
		expect(lengths.totalKm).toBe(tenth(lengths.legs[0]!.km + lengths.legs[1]!.km));
	});
});

describe('distanceToSea', () => {
	it('takes the shorter way, not the one with fewer legs, whichever way legs are written', () => {
		const found = distanceToSea(
			'a',
			'c',
			[
				// One leg, bent 2° north: 2 × 248.6 km by haversine.
				{ from: 'a', to: 'c', mode: 'road', waypoints: [[1, 2]] },
				// Two legs along the equator, the second written backwards: 2 × 111.2 km.
				{ from: 'a', to: 'b', mode: 'road' },
				{ from: 'c', to: 'b', mode: 'rail' }
			],
			pointOf
		);
		expect(found?.path).toEqual(['a', 'b', 'c']);
		expect(Math.abs(found!.km - 2 * haversineKm([0, 0], [1, 0]))).toBeLessThan(0.5);
		// Legs come back oriented along the path.
		expect(found?.legs.map(({ from, to, mode }) => [from, to, mode])).toEqual([
			['a', 'b', 'road'],
			['b', 'c', 'rail']
		]);
		expect(found!.km).toBe(tenth(found!.legs[0]!.km + found!.legs[1]!.km));
	});

	it('takes the bent leg when the equator is cut', () => {
		const found = distanceToSea(
			'a',
			'c',
			[
				{ from: 'a', to: 'c', mode: 'road', waypoints: [[1, 2]] },
				{ from: 'a', to: 'b', mode: 'road' }
			],
			pointOf
		);
		const byHand = haversineKm([0, 0], [1, 2]) + haversineKm([1, 2], [2, 0]);
		expect(found?.path).toEqual(['a', 'c']);
		expect(Math.abs(found!.km - byHand)).toBeLessThan(0.5);
	});

	it('never flies: an air leg is no way to the sea', () => {
		const legs = [
			{ from: 'a', to: 'c', mode: 'air' as const },
			{ from: 'a', to: 'n', mode: 'road' as const },
			{ from: 'n', to: 'c', mode: 'road' as const }
		];
		const found = distanceToSea('a', 'c', legs, pointOf);
		expect(found?.path).toEqual(['a', 'n', 'c']);
		const byHand = haversineKm([0, 0], [1, 1]) + haversineKm([1, 1], [2, 0]);
		expect(Math.abs(found!.km - byHand)).toBeLessThan(0.5);
		expect(distanceToSea('a', 'c', [legs[0]!], pointOf)).toBeNull();
	});

	it('returns null when the legs do not join origin and port', () => {
		const legs = [
			{ from: 'a', to: 'b', mode: 'road' as const },
			{ from: 'c', to: 'x', mode: 'sea' as const }
		];
		expect(distanceToSea('a', 'c', legs, pointOf)).toBeNull();
		expect(distanceToSea('a', 'nowhere', legs, pointOf)).toBeNull();
		expect(distanceToSea('a', 'c', [], pointOf)).toBeNull();
	});
});

describe('kabulToSea', () => {
	// Kabul at a; Karachi two equator degrees east; Chabahar and Herat to the north; Bandar Abbas
	// reached from Herat only, as in the real data.
	const points: Record<string, [number, number]> = {
		kabul: [0, 0],
		torkham: [1, 0],
		karachi: [2, 0],
		kandahar: [0, 1],
		delaram: [0, 2],
		chabahar: [0, 4],
		herat: [1, 2],
		'bandar-abbas': [1, 5]
	};
	const at = (slug: string) => points[slug];
	const karachi = corridor('karachi-torkham', [
		{ from: 'karachi', to: 'torkham', mode: 'road' },
		{ from: 'torkham', to: 'kabul', mode: 'road' }
	]);
	const chabahar = corridor('chabahar-corridor', [
		{ from: 'chabahar', to: 'delaram', mode: 'road' },
		{ from: 'delaram', to: 'kandahar', mode: 'road' },
		{ from: 'delaram', to: 'herat', mode: 'road' },
		{ from: 'kandahar', to: 'kabul', mode: 'road' }
	]);
	const bandarAbbas = corridor('bandar-abbas-herat', [
		{ from: 'bandar-abbas', to: 'herat', mode: 'road' }
	]);

	it('gives one row per named route, Bandar Abbas over the Chabahar legs from Herat', () => {
		const rows = kabulToSea([karachi, chabahar, bandarAbbas], at);
		expect(rows.map(({ id, port, path }) => [id, port, path])).toEqual([
			['karachi-torkham', 'karachi', ['kabul', 'torkham', 'karachi']],
			['chabahar-corridor', 'chabahar', ['kabul', 'kandahar', 'delaram', 'chabahar']],
			[
				'bandar-abbas-herat',
				'bandar-abbas',
				['kabul', 'kandahar', 'delaram', 'herat', 'bandar-abbas']
			]
		]);
		expect(Math.abs(rows[0]!.km! - 2 * ONE_DEGREE_KM)).toBeLessThan(0.5);
		expect(Math.abs(rows[1]!.km! - 4 * ONE_DEGREE_KM)).toBeLessThan(0.5);
		const viaHerat = 2 * ONE_DEGREE_KM + haversineKm([0, 2], [1, 2]) + haversineKm([1, 2], [1, 5]);
		expect(Math.abs(rows[2]!.km! - viaHerat)).toBeLessThan(0.5);
	});

	it('leaves a route unconnected (null km) when its corridors are missing', () => {
		const rows = kabulToSea([karachi, bandarAbbas], at);
		expect(rows.map(({ km, path }) => [km === null, path])).toEqual([
			[false, ['kabul', 'torkham', 'karachi']],
			[true, []],
			[true, []]
		]);
	});
});

describe('on the real data', () => {
	const { locations, bySlug } = loadGeodata();
	const at = (slug: string) => bySlug[slug]?.geometry?.coordinates;
	const corridors = locations.filter((l) => l.kind === 'corridor');
	const slugs = [
		'chabahar-corridor',
		'karachi-torkham',
		'quetta-chaman',
		'bandar-abbas-herat',
		'central-asia',
		'air-corridor'
	];

	it('has every corridor, each total the sum of its legs', () => {
		expect(corridors.map((c) => c.slug)).toEqual(expect.arrayContaining(slugs));
		for (const corridor of corridors) {
			const { legs, totalKm } = routeLengths(corridor, at);
			expect(legs.length, corridor.slug).toBeGreaterThan(0);
			expect(totalKm, corridor.slug).toBe(tenth(legs.reduce((sum, leg) => sum + leg.km, 0)));
			for (const leg of legs) {
				// Every leg is at least the great circle between its ends, whatever its waypoints.
				const direct = haversineKm(at(leg.from)!, at(leg.to)!);
				expect(leg.km, `${corridor.slug}: ${leg.from}–${leg.to}`).toBeGreaterThan(direct - 0.5);
			}
		}
	});

	it('connects Kabul to all three ports, each at least the great circle away', () => {
		const rows = kabulToSea(corridors, at);
		expect(rows.map((row) => row.id)).toEqual(KABUL_TO_SEA.map((route) => route.id));
		for (const row of rows) {
			expect(row.km, row.id).not.toBeNull();
			expect(row.path[0]).toBe('kabul');
			expect(row.path.at(-1)).toBe(row.port);
			expect(row.km!).toBeGreaterThan(haversineKm(at('kabul')!, at(row.port)!) - 0.5);
		}
	});

	it('puts Karachi via Torkham between 1,000 and 1,600 km, and Chabahar further', () => {
		const [karachi, chabahar, bandarAbbas] = kabulToSea(corridors, at);
		// The Kabul–Karachi great circle is ~1,050 km; the road bends east through Peshawar, so the
		// straight segments Kabul–Jalalabad–Torkham–Peshawar–Karachi must add some, but not half.
		expect(karachi!.path).toEqual(['kabul', 'jalalabad', 'torkham', 'peshawar', 'karachi']);
		expect(karachi!.km).toBeGreaterThan(1000);
		expect(karachi!.km).toBeLessThan(1600);
		expect(chabahar!.path).toEqual([
			'kabul',
			'kandahar',
			'delaram',
			'zaranj',
			'milak',
			'zahedan',
			'chabahar'
		]);
		expect(chabahar!.km).toBeGreaterThan(karachi!.km!);
		expect(bandarAbbas!.path).toEqual([
			'kabul',
			'kandahar',
			'delaram',
			'herat',
			'islam-qala',
			'bandar-abbas'
		]);
	});

	it('finds no way to the sea over the air corridor, though its legs have a length', () => {
		const air = bySlug['air-corridor']!;
		expect(routeLengths(air, at).totalKm).toBeGreaterThan(0);
		expect(air.route!.legs.every((leg) => leg.mode === 'air')).toBe(true);
		for (const leg of air.route!.legs)
			expect(distanceToSea(leg.from, leg.to, air.route!.legs, at)).toBeNull();
	});
});
