/**
 * Simplifies a TopoJSON topology arc by arc (Douglas–Peucker), so that a boundary shared by two
 * countries is simplified once and both countries, their boundary line and the coastline keep
 * exactly the same vertices: no slivers or gaps between neighbours at any zoom.
 *
 * @example simplifyTopology(world, (arc, i) => (durandArcs.has(i) ? 0.002 : 0.01))
 */
import { lineString, simplify } from '@turf/turf';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';

/** Tolerance in degrees, for every arc or per arc (0 keeps the arc as it is). */
export type ArcTolerance = number | ((arc: Position[], arcIndex: number) => number);

/**
 * The arcs of a topology in absolute longitude/latitude, undoing quantization and delta encoding.
 *
 * @example decodeArcs({ type: 'Topology', objects: {}, arcs: [[[0, 0], [1, 1]]] }) // [[[0, 0], [1, 1]]]
 */
export function decodeArcs(topology: Topology): Position[][] {
	const transform = topology.transform;
	if (!transform) return topology.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!]));
	const [sx, sy] = transform.scale;
	const [tx, ty] = transform.translate;
	return topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map((p) => {
			x += p[0]!;
			y += p[1]!;
			return [x * sx + tx, y * sy + ty];
		});
	});
}

/**
 * A copy of the topology with absolute coordinates and every arc simplified. Arc endpoints (the
 * junctions where three countries, or a country and the sea, meet) are always kept, so the
 * topology stays valid. Rings that collapse are left for the caller to drop.
 *
 * @example simplifyTopology(world, 0.01).arcs.length === world.arcs.length // true
 */
export function simplifyTopology(topology: Topology, tolerance: ArcTolerance): Topology {
	const toleranceOf = typeof tolerance === 'number' ? () => tolerance : tolerance;
	const arcs = decodeArcs(topology).map((arc, index) => {
		const arcTolerance = toleranceOf(arc, index);
		if (arcTolerance <= 0 || arc.length <= 2) return arc;
		return simplify(lineString(arc), { tolerance: arcTolerance, highQuality: true, mutate: true })
			.geometry.coordinates;
	});
	const copy: Topology = { ...topology, arcs };
	delete copy.transform;
	return copy;
}
