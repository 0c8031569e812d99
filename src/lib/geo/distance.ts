/**
 * Point-to-point and point-to-line distances on Turf's sphere (great circle, R = 6,371.0088 km).
 */
import { distance } from '@turf/distance';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { EARTH_RADIUS_KM, haversineKm, nearestLineKm, toRadians } from './sphere';

/** A place reduced to what the distance functions need. */
export interface PlacePoint {
	/** Stable kebab-case id, e.g. `kharkiv`. */
	id: string;
	/** `[lon, lat]` in degrees (WGS84). */
	coordinates: Position;
}

/** Line input accepted by {@link distanceToLineKm}. */
export type LineInput =
	FeatureCollection<LineString | MultiLineString> | Feature<LineString | MultiLineString>;

/**
 * Great-circle distance between two positions (Turf `distance`, haversine on a sphere).
 * @param a `[lon, lat]` in degrees
 * @param b `[lon, lat]` in degrees
 * @returns distance in km, ≥ 0; 0 for the same point; NaN when a coordinate is NaN
 * @example
 * distanceKm([36.25475, 49.98177], [36.58091, 50.60343]); // Kharkiv–Belgorod ≈ 72.9
 */
export function distanceKm(a: Position, b: Position): number {
	return distance(a, b, { units: 'kilometers' });
}

/** All-pairs distances as a flat row-major table; see {@link distanceTableKm}. */
export interface DistanceTable {
	/** Place ids in input order; row and column `i` belong to `ids[i]`. */
	ids: string[];
	/** `km[i * ids.length + j]` is the distance from `ids[i]` to `ids[j]`, symmetric, 0 diagonal. */
	km: Float64Array;
}

/**
 * Distances between all pairs of places as one flat `Float64Array`: no per-pair allocation,
 * the fast path behind {@link distanceMatrixKm} (about 30 ms of its time for 1,000 places).
 * Same haversine terms as {@link distanceKm} (agreement to ~1e-12 km).
 * @param points places with unique ids; `[lon, lat]` in degrees
 * @returns ids in input order and the n×n table in km; NaN for pairs with a NaN coordinate
 * @throws {Error} when two places share an id
 * @example
 * const { ids, km } = distanceTableKm(places);
 * km[ids.indexOf('kharkiv') * ids.length + ids.indexOf('pokrovsk')]; // ≈ 200.8
 */
export function distanceTableKm(points: readonly PlacePoint[]): DistanceTable {
	const count = points.length;
	const ids: string[] = [];
	const seen = new Set<string>();
	const lat = new Float64Array(count);
	const lon = new Float64Array(count);
	const cosLat = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const point = points[i] as PlacePoint;
		if (seen.has(point.id)) throw new Error(`distance table: duplicate id "${point.id}"`);
		seen.add(point.id);
		ids.push(point.id);
		lon[i] = point.coordinates[0] ?? NaN;
		lat[i] = point.coordinates[1] ?? NaN;
		cosLat[i] = Math.cos(toRadians(lat[i] as number));
	}
	const km = new Float64Array(count * count);
	for (let i = 0; i < count; i++) {
		const lat1 = lat[i] as number;
		const lon1 = lon[i] as number;
		const cos1 = cosLat[i] as number;
		km[i * count + i] = lat1 === lat1 && lon1 === lon1 ? 0 : NaN;
		for (let j = i + 1; j < count; j++) {
			const sinLat = Math.sin(toRadians((lat[j] as number) - lat1) / 2);
			const sinLon = Math.sin(toRadians((lon[j] as number) - lon1) / 2);
			const h = sinLat * sinLat + sinLon * sinLon * cos1 * (cosLat[j] as number);
			const d = 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h)) * EARTH_RADIUS_KM;
			km[i * count + j] = d;
			km[j * count + i] = d;
		}
	}
	return { ids, km };
}

/**
 * Distances between all pairs of places, both directions, including each place to itself (0).
 * Built from {@link distanceTableKm}; for 1,000 places most of the time goes into the
 * 1,000,000 Map entries, so hot paths that only need numbers should use the table directly.
 * @param points places with unique ids; `[lon, lat]` in degrees
 * @returns `matrix.get(fromId).get(toId)` in km, symmetric, rows in input order;
 *   NaN for pairs with a NaN coordinate
 * @throws {Error} when two places share an id (the matrix could not hold both)
 * @example
 * const m = distanceMatrixKm([
 * 	{ id: 'kharkiv', coordinates: [36.25475, 49.98177] },
 * 	{ id: 'pokrovsk', coordinates: [37.17706, 48.28014] }
 * ]);
 * m.get('kharkiv')?.get('pokrovsk'); // ≈ 200.8
 */
export function distanceMatrixKm(points: readonly PlacePoint[]): Map<string, Map<string, number>> {
	const { ids, km } = distanceTableKm(points);
	const count = ids.length;
	const matrix = new Map<string, Map<string, number>>();
	// One row at a time: sequential inserts into a single Map are the cheapest order.
	for (let i = 0; i < count; i++) {
		const row = new Map<string, number>();
		for (let j = 0; j < count; j++) row.set(ids[j] as string, km[i * count + j] as number);
		matrix.set(ids[i] as string, row);
	}
	return matrix;
}

/**
 * Shortest great-circle distance from a point to any line, e.g. the UA–RU border.
 * Same geometry as Turf `pointToLineDistance` (geodesic method) but allocation-free and pruned by
 * bounding boxes, so a 2,000-vertex border costs well under a millisecond.
 * @param point `[lon, lat]` in degrees
 * @param line LineString/MultiLineString feature or collection of them; null geometries are skipped
 * @returns km, ≥ 0; Infinity when there is no segment at all; NaN for a NaN point
 * @example
 * distanceToLineKm([36.58091, 50.60343], border); // Belgorod to the border ≈ 32.1
 */
export function distanceToLineKm(point: Position, line: LineInput): number {
	if (!Number.isFinite(point[0]) || !Number.isFinite(point[1])) return NaN;
	const features = line.type === 'FeatureCollection' ? line.features : [line];
	const parts: Position[][] = [];
	for (const feature of features) {
		const geometry = feature.geometry as LineString | MultiLineString | null;
		if (!geometry) continue;
		if (geometry.type === 'LineString') parts.push(geometry.coordinates);
		else parts.push(...geometry.coordinates);
	}
	return nearestLineKm(point, parts);
}

/**
 * Places within a radius of a centre, nearest first (ties keep their input order).
 * @param center `[lon, lat]` in degrees
 * @param radiusKm inclusive radius in km; a negative or NaN radius matches nothing
 * @param places any objects with `id` and `coordinates`; not mutated
 * @returns a new array of the matching places, sorted by great-circle distance
 * @example
 * placesWithinKm([36.25475, 49.98177], 50, cities).map((p) => p.id); // ['kharkiv', 'lyptsi', …]
 */
export function placesWithinKm<T extends PlacePoint>(
	center: Position,
	radiusKm: number,
	places: readonly T[]
): T[] {
	const lon = center[0] ?? NaN;
	const lat = center[1] ?? NaN;
	return places
		.map((place) => ({
			place,
			km: haversineKm(lon, lat, place.coordinates[0] ?? NaN, place.coordinates[1] ?? NaN)
		}))
		.filter(({ km }) => km <= radiusKm)
		.sort((a, b) => a.km - b.km)
		.map(({ place }) => place);
}
