/**
 * Rounds every coordinate of a feature to a fixed number of decimals (4 decimals ≈ 11 m), then
 * removes what rounding makes redundant: repeated consecutive positions, rings that collapse to
 * fewer than four positions or to no area, and lines shorter than two positions. Fixed decimals keep
 * the files small and make the output byte-for-byte reproducible.
 *
 * @example roundCoordinates(point([69.123456, 34.5])).geometry.coordinates // [69.1235, 34.5]
 */
import type { Feature, GeoJsonProperties, Geometry, Position } from 'geojson';

/**
 * Rounds one number half up (as Math.round does) and never yields -0.
 *
 * @example roundTo(69.123456, 4) // 69.1235
 */
export function roundTo(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	const rounded = Math.round(value * factor) / factor;
	return rounded === 0 ? 0 : rounded;
}

function roundPosition(p: Position, decimals: number): Position {
	return [roundTo(p[0]!, decimals), roundTo(p[1]!, decimals)];
}

function dedupe(line: Position[]): Position[] {
	return line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]);
}

/**
 * Twice the planar signed area of a ring (shoelace; positive when counter-clockwise), zero for a
 * collapsed ring.
 *
 * @example ringArea2([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]) // 2
 */
export function ringArea2(ring: Position[]): number {
	let sum = 0;
	for (let i = 0; i + 1 < ring.length; i++) {
		sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
	}
	return sum;
}

function roundLine(line: Position[], decimals: number): Position[] | null {
	const out = dedupe(line.map((p) => roundPosition(p, decimals)));
	return out.length >= 2 ? out : null;
}

function roundRing(ring: Position[], decimals: number): Position[] | null {
	const out = dedupe(ring.map((p) => roundPosition(p, decimals)));
	return out.length >= 4 && ringArea2(out) !== 0 ? out : null;
}

function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
	const [outer, ...holes] = rings.map((ring) => roundRing(ring, decimals));
	if (!outer) return null;
	return [outer, ...holes.filter((hole): hole is Position[] => hole !== null)];
}

function present<T>(value: T | null): value is T {
	return value !== null;
}

function roundGeometry(geometry: Geometry, decimals: number): Geometry | null {
	switch (geometry.type) {
		case 'Point':
			return { type: 'Point', coordinates: roundPosition(geometry.coordinates, decimals) };
		case 'MultiPoint':
			return {
				type: 'MultiPoint',
				coordinates: geometry.coordinates.map((p) => roundPosition(p, decimals))
			};
		case 'LineString': {
			const line = roundLine(geometry.coordinates, decimals);
			return line && { type: 'LineString', coordinates: line };
		}
		case 'MultiLineString': {
			const lines = geometry.coordinates.map((l) => roundLine(l, decimals)).filter(present);
			return lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
		}
		case 'Polygon': {
			const rings = roundPolygon(geometry.coordinates, decimals);
			return rings && { type: 'Polygon', coordinates: rings };
		}
		case 'MultiPolygon': {
			const polygons = geometry.coordinates.map((p) => roundPolygon(p, decimals)).filter(present);
			return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
		}
		case 'GeometryCollection': {
			const geometries = geometry.geometries.map((g) => roundGeometry(g, decimals)).filter(present);
			return geometries.length > 0 ? { type: 'GeometryCollection', geometries } : null;
		}
	}
}

/**
 * A copy of `input` with rounded coordinates, or `null` if rounding leaves no geometry (an islet
 * smaller than the grid, say). Properties are kept as they are.
 *
 * @example roundCoordinates(lineString([[1.00001, 2], [1.00002, 2]]), 4) // null: both round to [1, 2]
 */
export function roundCoordinates<G extends Geometry, P extends GeoJsonProperties>(
	input: Feature<G, P>,
	decimals = 4
): Feature<G, P> | null {
	// Rounding never changes a geometry's type, only drops parts of it.
	const geometry = roundGeometry(input.geometry, decimals) as G | null;
	return geometry && { type: 'Feature', properties: input.properties, geometry };
}
