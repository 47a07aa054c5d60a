/**
 * A static SVG map of a view, rendered on the server with d3-geo from the same GeoJSON the
 * interactive map draws: it is the focused map on location pages and what readers without
 * JavaScript or WebGL see. Returns path strings and label positions; the component only draws.
 *
 * @example staticMap({ countries, border, routes, points }, [69, 33, 72, 35.5], 640, 420)
 */
import { rewind, simplify } from '@turf/turf';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import { INCIDENT_TYPES } from '$lib/data/vocabulary';
import type { IncidentType } from '$lib/data/types';
import type { LabelSide } from './declutter-labels';

export interface StaticMapInput {
	countries: FeatureCollection;
	border: FeatureCollection;
	routes: { id: string; severity: string; collection: FeatureCollection }[];
	points: Feature<Point, { slug: string; label: string; severity: string; kind: string }>[];
	/** A place the view is about: always drawn, whatever else the frame holds. */
	focus?: string | null;
	/** Incidents to mark by their type's shape (a place page's nearby incidents). */
	incidents?: Feature<Point, { id: string; type: IncidentType }>[];
	/** A line drawn over the land: the radius those incidents were chosen within. */
	ring?: Feature<LineString> | null;
}

/**
 * A static view draws at most this many places, the place it is about and the crossings first:
 * more labels would be a smudge on an image this size, and a frame drawing every place in it
 * would make each file grow with the data.
 */
export const MAX_POINTS = 40;
/** Which kinds of place a small view keeps first when it cannot show them all. */
export const KIND_PRIORITY = ['crossing', 'port', 'city'];

export interface StaticMapShape {
	width: number;
	height: number;
	countries: { d: string; focus: boolean }[];
	border: string;
	routes: { id: string; severity: string; d: string }[];
	points: {
		slug: string;
		label: string;
		severity: string;
		kind: string;
		x: number;
		y: number;
		/** The label's side of its marker: right unless a declutter moved it (see declutter-labels). */
		side?: Exclude<LabelSide, 'right'>;
	}[];
	/** The ring's path, '' for none. */
	ring: string;
	incidents: IncidentMark[];
}

/**
 * Incidents that stand at one spot of the image (those placed at a town share its point): their
 * types, each drawn once in a row centred on the spot, and how many there are.
 */
export interface IncidentMark {
	x: number;
	y: number;
	/** Where the shapes' row is drawn from (x, y): above a place that stands on the spot. */
	dy: number;
	ids: string[];
	/** The distinct types, in INCIDENT_TYPES order, each with its centre's offset from x. */
	types: { type: IncidentType; dx: number }[];
}

/** The radius incident marks are drawn at on a static map: one size, the list gives the figures. */
export const INCIDENT_MARK_RADIUS = 7;

/** [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

export function staticMap(
	input: StaticMapInput,
	bbox: Bbox,
	width: number,
	height: number
): StaticMapShape {
	const [west, south, east, north] = bbox;
	// The frame's corners as points: a polygon would need d3's clockwise winding to mean "inside".
	const frame: Feature<Geometry> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: [
				[west, south],
				[east, south],
				[east, north],
				[west, north]
			]
		}
	};
	const projection = geoMercator()
		.fitSize([width, height], frame)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
	const path = geoPath(projection).digits(1);
	// Points closer than about half a pixel add bytes and raster time, not detail.
	const tolerance = (0.5 * (east - west)) / width;
	const simpler = <T extends Feature | FeatureCollection>(geojson: T): T =>
		simplify(geojson, { tolerance, highQuality: false });
	const inside = (x: number, y: number) => x >= 0 && x <= width && y >= 0 && y <= height;
	const points = mostTelling(
		input.points.flatMap((feature) => {
			const [x, y] = projection(feature.geometry.coordinates as [number, number]) ?? [NaN, NaN];
			const { slug, label, severity, kind } = feature.properties;
			return inside(x, y) ? [{ slug, label, severity, kind, x, y }] : [];
		}),
		input.focus ?? null
	);
	return {
		width,
		height,
		countries: input.countries.features.map((feature) => ({
			// Our GeoJSON winds outer rings counter-clockwise (RFC 7946); d3-geo wants the reverse.
			d: path(rewind(simpler(feature), { reverse: true }) as Feature) ?? '',
			focus: Boolean(feature.properties?.focus)
		})),
		border: input.border.features.map((feature) => path(simpler(feature)) ?? '').join(''),
		routes: input.routes.map(({ id, severity, collection }) => ({
			id,
			severity,
			d: collection.features.map((feature) => path(feature) ?? '').join('')
		})),
		points,
		ring: input.ring ? (path(input.ring) ?? '') : '',
		incidents: incidentMarks(
			(input.incidents ?? []).flatMap((feature) => {
				const [x, y] = projection(feature.geometry.coordinates as [number, number]) ?? [NaN, NaN];
				return inside(x, y) ? [{ ...feature.properties, x, y }] : [];
			}),
			points
		)
	};
}

/**
 * Gathers incidents whose points fall within a marker's width of one another into one mark at
 * the first one's spot: apart, their shapes would only cover each other. A mark on a place drawn
 * on the map (a strike placed at a town stands on the town's point) is lifted just above it,
 * leaving the place's marker and name in sight.
 */
export function incidentMarks(
	incidents: readonly { id: string; type: IncidentType; x: number; y: number }[],
	places: readonly { x: number; y: number }[] = []
): IncidentMark[] {
	const near = 2 * INCIDENT_MARK_RADIUS;
	const groups: { x: number; y: number; ids: string[]; types: Set<IncidentType> }[] = [];
	for (const { id, type, x, y } of incidents) {
		const group = groups.find((candidate) => Math.hypot(candidate.x - x, candidate.y - y) < near);
		if (group) {
			group.ids.push(id);
			group.types.add(type);
		} else groups.push({ x, y, ids: [id], types: new Set([type]) });
	}
	const step = 2 * INCIDENT_MARK_RADIUS + 2;
	return groups.map(({ x, y, ids, types }) => {
		const kinds = INCIDENT_TYPES.filter((type) => types.has(type));
		const onPlace = places.some((place) => Math.hypot(place.x - x, place.y - y) < near);
		return {
			x: round(x),
			y: round(y),
			dy: onPlace ? -LIFT : 0,
			ids,
			types: kinds.map((type, index) => ({
				type,
				dx: round((index - (kinds.length - 1) / 2) * step)
			}))
		};
	});
}

/** How far a mark on a place is lifted: clear of its marker and of the focus ring around it. */
const LIFT = 2 * INCIDENT_MARK_RADIUS + 3;

const round = (n: number) => Math.round(n * 10) / 10;

/** At most MAX_POINTS of `points`, in their own (drawing) order: the focus, then by kind and name. */
function mostTelling<T extends { slug: string; label: string; kind: string }>(
	points: T[],
	focus: string | null
): T[] {
	if (points.length <= MAX_POINTS) return points;
	const rank = ({ slug, kind }: T) => {
		if (slug === focus) return -1;
		const index = KIND_PRIORITY.indexOf(kind);
		return index < 0 ? KIND_PRIORITY.length : index;
	};
	const kept = new Set(
		[...points]
			.sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label))
			.slice(0, MAX_POINTS)
			.map((point) => point.slug)
	);
	return points.filter((point) => kept.has(point.slug));
}

/** A bbox around a point, `radiusKm` each way, widened to the map's aspect ratio. */
export function bboxAround([lon, lat]: [number, number], radiusKm: number, aspect: number): Bbox {
	const dLat = radiusKm / 111;
	const dLon = (radiusKm / (111 * Math.cos((lat * Math.PI) / 180))) * Math.max(1, aspect);
	return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/**
 * The bbox a Web Mercator camera shows on a `width`×`height` px view (MapLibre's 512 px tiles):
 * lets the static map frame exactly what the interactive map will show.
 */
export function cameraBbox(
	{ zoom, lat, lon }: { zoom: number; lat: number; lon: number },
	width: number,
	height: number
): Bbox {
	const worldSize = 512 * 2 ** zoom;
	const toY = (latitude: number) => {
		const sin = Math.sin((latitude * Math.PI) / 180);
		return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize;
	};
	const toLat = (y: number) =>
		(Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / worldSize))) * 180) / Math.PI;
	const halfLon = ((width / 2) * 360) / worldSize;
	const centreY = toY(lat);
	return [lon - halfLon, toLat(centreY + height / 2), lon + halfLon, toLat(centreY - height / 2)];
}
