/**
 * The offline basemap and the Durand Line, built from Natural Earth 1:10m (the world-atlas
 * countries-10m topology) as plain data in, GeoJSON out: no files, no network. The script
 * `scripts/build-basemap.ts` (`npm run data`) writes the result under geodata/; the golden test
 * calls this same function and compares with the committed files.
 *
 * @example serializeGeojson(buildBasemap({ world, worldAtlasVersion: '2.0.2' })['basemap/land.geojson'])
 */
import { area, length, rewind } from '@turf/turf';
import { feature as topoFeature, mesh } from 'topojson-client';
import type {
	Feature,
	FeatureCollection,
	GeoJsonProperties,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { borderBetween, sharedArcs } from './border-between';
import { clipToBbox } from './clip-to-bbox';
import { countryByNumeric, isFocusCountry } from './country-codes';
import { labelPoint } from './label-point';
import { roundCoordinates, roundTo } from './round-coordinates';
import { simplifyTopology } from './simplify-topology';

import { REGION } from './region';

export { REGION };
/**
 * Douglas–Peucker tolerance (degrees) for the basemap: about 500 m, a pixel at zoom 8. world-atlas
 * quantizes 1:10m to a grid of 0.0036° × 0.0017°, so a smaller tolerance mostly keeps grid steps.
 */
export const BASEMAP_TOLERANCE = 0.005;
/**
 * Tolerance for the Afghanistan–Pakistan arcs, in both the Durand Line and the two countries' fills
 * (so they stay aligned). Degrees of latitude ≈ 111 km, so 0.002° keeps every dropped vertex within
 * about 220 m of the line; the tests hold it to 300 m.
 */
export const DURAND_TOLERANCE = 0.002;
/** Decimals kept in every coordinate: 4 ≈ 11 m. */
export const DECIMALS = 4;

export const AFGHANISTAN_ID = '004';
export const PAKISTAN_ID = '586';

/** The files this builder produces, relative to geodata/. */
export const BASEMAP_PATHS = [
	'basemap/land.geojson',
	'basemap/countries.geojson',
	'basemap/boundaries.geojson',
	'basemap/coastline.geojson',
	'basemap/country-labels.geojson',
	'layers/durand-line.geojson'
] as const;
export type BasemapPath = (typeof BASEMAP_PATHS)[number];

export interface BasemapInput {
	/** world-atlas `countries-10m.json`, parsed: objects `countries` and `land`. */
	world: Topology;
	/** world-atlas version, quoted in the Durand Line's provenance. */
	worldAtlasVersion: string;
}

// Property shapes are type aliases, not interfaces, so they satisfy GeoJsonProperties' index signature.
export type CountryProperties = {
	/** ISO 3166-1 alpha-3; null for the few features Natural Earth gives no ISO code. */
	iso_a3: string | null;
	name: string;
	focus: boolean;
};

export type LabelProperties = CountryProperties & {
	iso_a3: string;
	/** Area of the country inside the region, km²: lets the style drop labels on slivers. */
	visible_area_km2: number;
};

export type BoundaryProperties = {
	/** Country on the left of the line's direction of travel (null when it has no ISO code). */
	left: string | null;
	right: string | null;
};

export type DurandLineProperties = {
	id: 'durand-line';
	slug: 'durand-line';
	name: 'Durand Line';
	status_label: string;
	provenance: string;
	source: 'natural-earth';
	length_km: number;
};

/** Serialises one output file: compact JSON plus a trailing newline, the same bytes every run. */
export function serializeGeojson(collection: FeatureCollection): string {
	return `${JSON.stringify(collection)}\n`;
}

function collection<G extends FeatureCollection['features'][number]['geometry'], P>(
	features: Feature<G, P>[]
): FeatureCollection<G, P> {
	return { type: 'FeatureCollection', features };
}

function geometryById(countries: GeometryCollection, id: string): GeometryObject {
	const found = countries.geometries.find((g) => g.id === id);
	if (!found) throw new Error(`world-atlas has no country with id ${id}`);
	return found;
}

function overlapsRegion(arc: Position[]): boolean {
	return arc.some(
		([x, y]) => x! >= REGION[0] && x! <= REGION[2] && y! >= REGION[1] && y! <= REGION[3]
	);
}

function asLines(lines: Position[][]): LineString | MultiLineString {
	return lines.length === 1
		? { type: 'LineString', coordinates: lines[0]! }
		: { type: 'MultiLineString', coordinates: lines };
}

/**
 * Clip to the region, round, and wind polygons the RFC 7946 way (exterior counter-clockwise):
 * world-atlas rings wind clockwise for d3, and clipped ones come back counter-clockwise, so without
 * this one file would mix both. (d3-geo wants the opposite: `rewind(f, { reverse: true })`.)
 * Null when nothing visible is left.
 */
function prepare<
	G extends Polygon | MultiPolygon | LineString | MultiLineString,
	P extends GeoJsonProperties
>(input: Feature<G, P>): Feature<G, P> | null {
	// Clipping keeps the kind (polygons stay polygonal, lines linear); only Multi- may change.
	const clipped = clipToBbox(input, REGION) as Feature<G, P> | null;
	const rounded = clipped && roundCoordinates(clipped, DECIMALS);
	if (!rounded || !rounded.geometry.type.endsWith('Polygon')) return rounded; // never reverse a line
	return rewind(rounded, { mutate: true }) as Feature<G, P>;
}

/** ISO-coded countries first, by code; then un-coded features by name. Code-point order, not locale. */
function compareCountries(a: CountryProperties, b: CountryProperties): number {
	const key = (p: CountryProperties) => (p.iso_a3 === null ? `1${p.name}` : `0${p.iso_a3}`);
	return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/**
 * Builds every basemap file and the Durand Line layer. Pure and deterministic.
 *
 * @example buildBasemap(input)['layers/durand-line.geojson'].features[0].properties.length_km // 2243.6
 */
export function buildBasemap({
	world,
	worldAtlasVersion
}: BasemapInput): Record<BasemapPath, FeatureCollection> {
	const countries = world.objects.countries as GeometryCollection;
	const land = world.objects.land as GeometryCollection;
	const afghanistan = geometryById(countries, AFGHANISTAN_ID);
	const pakistan = geometryById(countries, PAKISTAN_ID);
	const durandArcs = sharedArcs(afghanistan, pakistan);
	// Arcs with no vertex in the region are not drawn; leaving them as they are saves most of the work.
	const topology = simplifyTopology(world, (arc, index) =>
		durandArcs.has(index) ? DURAND_TOLERANCE : overlapsRegion(arc) ? BASEMAP_TOLERANCE : 0
	);

	const countryEntries = countries.geometries
		.map((geometry) => {
			const code = countryByNumeric(geometry.id);
			const name =
				code?.name ??
				String((geometry.properties as { name?: string } | undefined)?.name ?? 'Unknown');
			const iso = code?.iso_a3 ?? null;
			const properties: CountryProperties = { iso_a3: iso, name, focus: isFocusCountry(iso) };
			const shape = topoFeature(topology, geometry) as Feature<Polygon | MultiPolygon>;
			const visible = prepare({ type: 'Feature', properties, geometry: shape.geometry });
			return visible && { geometry, visible };
		})
		.filter((entry) => entry !== null)
		.sort((a, b) => compareCountries(a.visible.properties, b.visible.properties));

	const boundaries: Feature<LineString | MultiLineString, BoundaryProperties>[] = [];
	countryEntries.forEach((left, i) => {
		for (const right of countryEntries.slice(i + 1)) {
			const pair = [left.geometry.id, right.geometry.id];
			if (pair.includes(AFGHANISTAN_ID) && pair.includes(PAKISTAN_ID)) continue; // the Durand Line layer
			const lines = borderBetween(topology, left.geometry, right.geometry).coordinates;
			if (lines.length === 0) continue;
			const properties = {
				left: left.visible.properties.iso_a3,
				right: right.visible.properties.iso_a3
			};
			const visible = prepare({ type: 'Feature', properties, geometry: asLines(lines) });
			if (visible) boundaries.push(visible);
		}
	});

	const labels = countryEntries.flatMap(({ visible }): Feature<Point, LabelProperties>[] => {
		const { iso_a3, name, focus } = visible.properties;
		if (iso_a3 === null) return []; // not a country: no name to print
		const at = roundCoordinates(labelPoint(visible), DECIMALS)!;
		const visible_area_km2 = Math.round(area(visible) / 1e6);
		return [{ ...at, properties: { iso_a3, name, focus, visible_area_km2 } }];
	});

	const landShape = topoFeature(topology, land) as FeatureCollection<Polygon | MultiPolygon>;
	const landFeatures = landShape.features
		.map((f) => prepare({ type: 'Feature', properties: {}, geometry: f.geometry }))
		.filter((f) => f !== null);

	const coast = mesh(topology, countries, (a, b) => a === b);
	const coastline = prepare({
		type: 'Feature',
		properties: {},
		geometry: asLines(coast.coordinates)
	});

	return {
		'basemap/land.geojson': collection(landFeatures),
		'basemap/countries.geojson': collection(countryEntries.map((e) => e.visible)),
		'basemap/boundaries.geojson': collection(boundaries),
		'basemap/coastline.geojson': collection(coastline ? [coastline] : []),
		'basemap/country-labels.geojson': collection(labels),
		'layers/durand-line.geojson': collection([
			durandLine(topology, afghanistan, pakistan, worldAtlasVersion)
		])
	};
}

/**
 * The Afghanistan–Pakistan boundary as one feature, running from the Wakhan (China tripoint) in
 * the north-east to the Iran tripoint in the south-west, with Pakistan on its left.
 */
function durandLine(
	topology: Topology,
	afghanistan: GeometryObject,
	pakistan: GeometryObject,
	worldAtlasVersion: string
): Feature<LineString | MultiLineString, DurandLineProperties> {
	const lines = borderBetween(topology, pakistan, afghanistan).coordinates;
	const geometry = roundCoordinates(
		{ type: 'Feature', properties: {}, geometry: asLines(lines) },
		DECIMALS
	)!.geometry;
	return {
		type: 'Feature',
		properties: {
			id: 'durand-line',
			slug: 'durand-line',
			name: 'Durand Line',
			status_label: 'De facto border; Afghanistan does not recognise it',
			provenance:
				`Derived from Natural Earth 1:10m Admin 0 countries via world-atlas@${worldAtlasVersion}: ` +
				`shared boundary of Afghanistan (${AFGHANISTAN_ID}) and Pakistan (${PAKISTAN_ID}), ` +
				`simplified to within ${DURAND_TOLERANCE}° and rounded to ${DECIMALS} decimals`,
			source: 'natural-earth',
			length_km: roundTo(length({ type: 'Feature', properties: {}, geometry }), 1)
		},
		geometry
	};
}
