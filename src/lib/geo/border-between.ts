/**
 * The boundary two countries share, read from a TopoJSON topology: exactly the arcs both polygons
 * use, stitched into as few lines as possible and oriented so that `left` lies on the left of the
 * direction of travel.
 *
 * @example borderBetween(world, pakistan, afghanistan) // Durand Line, from the Wakhan to Iran
 */
import { mesh } from 'topojson-client';
import type { MultiLineString } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';

/** Every arc index a geometry object uses, with the direction bit (`~i`) removed. */
export function arcIndices(geometry: GeometryObject): Set<number> {
	const out = new Set<number>();
	const visit = (arcs: unknown): void => {
		if (typeof arcs === 'number') out.add(arcs < 0 ? ~arcs : arcs);
		else if (Array.isArray(arcs)) arcs.forEach(visit);
	};
	if (geometry.type === 'GeometryCollection')
		geometry.geometries.forEach((g) => arcIndices(g).forEach((i) => out.add(i)));
	else if ('arcs' in geometry) visit(geometry.arcs);
	return out;
}

/**
 * Arc indices used by both geometries: their shared boundary.
 *
 * @example sharedArcs(afghanistan, pakistan).size > 0 // true
 */
export function sharedArcs(a: GeometryObject, b: GeometryObject): Set<number> {
	const inB = arcIndices(b);
	return new Set([...arcIndices(a)].filter((i) => inB.has(i)));
}

/**
 * The shared boundary of `left` and `right` as a MultiLineString (empty when they do not touch).
 * TopoJSON rings from world-atlas wind clockwise, so a polygon's interior is on the right of each
 * arc as that polygon traverses it; `mesh` keeps the direction of the first geometry that uses an
 * arc, so meshing `[right, left]` puts `right` on the right and `left` on the left.
 *
 * @example borderBetween(topology, westSquare, eastSquare) // [[[1, 0], [1, 1]]]: north, west on the left
 */
export function borderBetween(
	topology: Topology,
	left: GeometryObject,
	right: GeometryObject
): MultiLineString {
	const pair: GeometryObject = { type: 'GeometryCollection', geometries: [right, left] };
	return mesh(topology, pair, (a, b) => a !== b);
}
