/**
 * The pole of inaccessibility of a polygon: the interior point farthest from its edges, where a
 * label has the most room (the "polylabel" algorithm by Mapbox, a quadtree search with a priority
 * queue). Longitude is scaled by cos(latitude) first, so "room" is measured on the ground rather than
 * in stretched degrees.
 *
 * @example poleOfInaccessibility([[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]]) // { position: [2, 1], distance: ~1 }
 */
import type { Position } from 'geojson';

/** A candidate point and its distance (in scaled degrees) to the nearest edge; negative outside. */
export interface Pole {
	position: Position;
	distance: number;
}

interface Cell {
	x: number;
	y: number;
	half: number;
	distance: number;
	/** The best distance any point in this cell could reach. */
	potential: number;
}

function segmentDistanceSq(px: number, py: number, a: Position, b: Position): number {
	let x = a[0]!;
	let y = a[1]!;
	let dx = b[0]! - x;
	let dy = b[1]! - y;
	if (dx !== 0 || dy !== 0) {
		const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
		if (t > 1) {
			x = b[0]!;
			y = b[1]!;
		} else if (t > 0) {
			x += dx * t;
			y += dy * t;
		}
	}
	dx = px - x;
	dy = py - y;
	return dx * dx + dy * dy;
}

/** Signed distance from a point to the polygon outline: positive inside, negative outside. */
function signedDistance(x: number, y: number, rings: Position[][]): number {
	let inside = false;
	let minSq = Infinity;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const a = ring[i]!;
			const b = ring[j]!;
			if (
				a[1]! > y !== b[1]! > y &&
				x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!
			) {
				inside = !inside;
			}
			minSq = Math.min(minSq, segmentDistanceSq(x, y, a, b));
		}
	}
	return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function makeCell(x: number, y: number, half: number, rings: Position[][]): Cell {
	const distance = signedDistance(x, y, rings);
	return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/** Keeps the queue sorted by potential, best last, so `pop()` takes the most promising cell. */
function enqueue(queue: Cell[], cell: Cell): void {
	let lo = 0;
	let hi = queue.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (queue[mid]!.potential < cell.potential) lo = mid + 1;
		else hi = mid;
	}
	queue.splice(lo, 0, cell);
}

/**
 * The pole of inaccessibility of one polygon (outer ring first, then holes), found to within
 * `precision` degrees of latitude.
 *
 * @example poleOfInaccessibility(afghanistanRings, 0.01).position // somewhere in Ghor province
 */
export function poleOfInaccessibility(polygon: Position[][], precision = 0.01): Pole {
	const outer = polygon[0] ?? [];
	const lats = outer.map((p) => p[1]!);
	const cos = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
	const rings = polygon.map((ring) => ring.map((p) => [p[0]! * cos, p[1]!]));
	const xs = rings[0]!.map((p) => p[0]!);
	const ys = rings[0]!.map((p) => p[1]!);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	const size = Math.min(maxX - minX, maxY - minY);
	const unscale = (cell: Cell): Pole => ({
		position: [cell.x / cos, cell.y],
		distance: cell.distance
	});
	if (size === 0) return unscale(makeCell(minX, minY, 0, rings));

	const queue: Cell[] = [];
	const half = size / 2;
	for (let x = minX; x < maxX; x += size) {
		for (let y = minY; y < maxY; y += size)
			enqueue(queue, makeCell(x + half, y + half, half, rings));
	}
	let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0, rings);
	for (let cell = queue.pop(); cell; cell = queue.pop()) {
		if (cell.distance > best.distance) best = cell;
		if (cell.potential - best.distance <= precision) continue;
		const h = cell.half / 2;
		for (const [dx, dy] of [
			[-h, -h],
			[h, -h],
			[-h, h],
			[h, h]
		] as const) {
			enqueue(queue, makeCell(cell.x + dx, cell.y + dy, h, rings));
		}
	}
	return unscale(best);
}
