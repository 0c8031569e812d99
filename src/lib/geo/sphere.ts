/**
 * Allocation-free great-circle kernels shared by the exported geo functions.
 * Same sphere and formulas as Turf (`@turf/distance`, `@turf/nearest-point-on-line`), so results
 * agree with Turf to well under a millimetre; the unit tests cross-check both.
 */
import { earthRadius } from '@turf/helpers';
import type { Position } from 'geojson';

/** Mean Earth radius used by Turf (6,371.0088 km). */
export const EARTH_RADIUS_KM = earthRadius / 1000;

const DEG = Math.PI / 180;

/** Degrees to radians exactly as `@turf/helpers` `degreesToRadians` does it (bit-identical). */
export const toRadians = (degrees: number): number => ((degrees % 360) * Math.PI) / 180;

/**
 * Haversine distance in km between two lon/lat pairs, term for term the formula of `@turf/distance`.
 * @param lon1 longitude of the first point, degrees
 * @param lat1 latitude of the first point, degrees
 * @param lon2 longitude of the second point, degrees
 * @param lat2 latitude of the second point, degrees
 * @returns km; NaN if any input is NaN
 */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
	const dLat = toRadians(lat2 - lat1);
	const dLon = toRadians(lon2 - lon1);
	const a =
		Math.pow(Math.sin(dLat / 2), 2) +
		Math.pow(Math.sin(dLon / 2), 2) * Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2));
	return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_RADIUS_KM;
}

/** A unit vector on the sphere (ECEF direction of a lon/lat). */
type Vec3 = [number, number, number];

/** Writes the unit vector of `position` into `out` and returns it. */
function toVector(position: Position, out: Vec3 = [0, 0, 0]): Vec3 {
	const lon = (position[0] ?? NaN) * DEG;
	const lat = (position[1] ?? NaN) * DEG;
	const cosLat = Math.cos(lat);
	out[0] = cosLat * Math.cos(lon);
	out[1] = cosLat * Math.sin(lon);
	out[2] = Math.sin(lat);
	return out;
}

/** Central angle between two unit vectors, radians (atan2 form, accurate for tiny angles). */
function angleBetween(u: Vec3, v: Vec3): number {
	const x = u[1] * v[2] - u[2] * v[1];
	const y = u[2] * v[0] - u[0] * v[2];
	const z = u[0] * v[1] - u[1] * v[0];
	return Math.atan2(Math.sqrt(x * x + y * y + z * z), u[0] * v[0] + u[1] * v[1] + u[2] * v[2]);
}

/**
 * Shortest central angle from point `c` to the minor great-circle arc `a`–`b` (radians).
 * Same geometry as Turf's `nearestPointOnSegment`: project onto the arc's plane when the foot of
 * the perpendicular falls between the endpoints, otherwise take the nearer endpoint.
 */
function angleToArc(c: Vec3, a: Vec3, b: Vec3): number {
	const nx = a[1] * b[2] - a[2] * b[1];
	const ny = a[2] * b[0] - a[0] * b[2];
	const nz = a[0] * b[1] - a[1] * b[0];
	const nLength = Math.sqrt(nx * nx + ny * ny + nz * nz);
	if (nLength > 1e-15) {
		// Foot of the perpendicular from c onto the arc's plane (unnormalised).
		const cn = (c[0] * nx + c[1] * ny + c[2] * nz) / (nLength * nLength);
		const px = c[0] - cn * nx;
		const py = c[1] - cn * ny;
		const pz = c[2] - cn * nz;
		// p lies between a and b when (a × p)·n ≥ 0 and (p × b)·n ≥ 0.
		const apn =
			(a[1] * pz - a[2] * py) * nx + (a[2] * px - a[0] * pz) * ny + (a[0] * py - a[1] * px) * nz;
		const pbn =
			(py * b[2] - pz * b[1]) * nx + (pz * b[0] - px * b[2]) * ny + (px * b[1] - py * b[0]) * nz;
		if (apn >= 0 && pbn >= 0 && px * px + py * py + pz * pz > 0) {
			return Math.asin(Math.min(1, Math.abs(cn) * nLength));
		}
	}
	return Math.min(angleBetween(c, a), angleBetween(c, b));
}

/** A lon/lat box `[west, south, east, north]` in degrees. */
export type Box = [number, number, number, number];

/** Bounding box of a list of positions; `[∞, ∞, -∞, -∞]` for an empty list. */
export function boxOf(positions: readonly Position[]): Box {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const p of positions) {
		const x = p[0] ?? NaN;
		const y = p[1] ?? NaN;
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return [w, s, e, n];
}

/** True when the point lies in the closed box. */
export const boxContains = (box: Box, point: Position): boolean =>
	(point[0] ?? NaN) >= box[0] &&
	(point[0] ?? NaN) <= box[2] &&
	(point[1] ?? NaN) >= box[1] &&
	(point[1] ?? NaN) <= box[3];

/** True when two boxes overlap (touching counts). */
export const boxesOverlap = (a: Box, b: Box): boolean =>
	a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * A rigorous lower bound, in km, on the great-circle distance from `point` to anything inside `box`.
 * Uses haversine h = sin²(Δφ/2) + cosφ₁cosφ₂·sin²(Δλ/2) ≥ sin²(Δφmin/2) + cos²(φmax)·sin²(Δλmin/2).
 * Boxes are assumed not to cross the antimeridian (true for this app's region).
 */
function lowerBoundKm(point: Position, box: Box): number {
	const lon = point[0] ?? NaN;
	const lat = point[1] ?? NaN;
	const dLat = lat < box[1] ? box[1] - lat : lat > box[3] ? lat - box[3] : 0;
	let dLon = lon < box[0] ? box[0] - lon : lon > box[2] ? lon - box[2] : 0;
	if (dLon > 180) dLon = 360 - dLon;
	const maxAbsLat = Math.min(90, Math.max(Math.abs(lat), Math.abs(box[1]), Math.abs(box[3])));
	const cosMax = Math.cos(maxAbsLat * DEG);
	const h =
		Math.pow(Math.sin((dLat * DEG) / 2), 2) +
		cosMax * cosMax * Math.pow(Math.sin((dLon * DEG) / 2), 2);
	return 2 * Math.asin(Math.min(1, Math.sqrt(h))) * EARTH_RADIUS_KM;
}

/**
 * Shortest distance in km from `point` to the polyline `line` (consecutive positions joined by
 * great-circle arcs), or Infinity when the line has fewer than two positions.
 * @param point lon/lat, degrees
 * @param line the positions of a LineString or polygon ring
 */
function polylineDistanceKm(point: Position, line: readonly Position[]): number {
	if (line.length < 2) return Infinity;
	const c = toVector(point);
	let a = toVector(line[0] as Position);
	let b: Vec3 = [0, 0, 0];
	let best = Infinity;
	for (let i = 1; i < line.length; i++) {
		toVector(line[i] as Position, b);
		const angle = angleToArc(c, a, b);
		if (angle < best) best = angle;
		const swap = a;
		a = b;
		b = swap;
	}
	return best * EARTH_RADIUS_KM;
}

/** Segments per chunk when pruning long polylines by bounding box. */
const CHUNK_SEGMENTS = 32;

/**
 * Shortest distance in km from `point` to any of `lines`, or Infinity when no line has a segment.
 * Long lines are cut into chunks of 32 segments; a chunk is measured only when the lower bound
 * from its bounding box beats the best distance found so far, nearest chunks first.
 * @param point lon/lat, degrees
 * @param lines LineString parts or polygon rings
 */
export function nearestLineKm(point: Position, lines: readonly (readonly Position[])[]): number {
	const chunks: { bound: number; positions: readonly Position[] }[] = [];
	for (const line of lines) {
		for (let start = 0; start < line.length - 1; start += CHUNK_SEGMENTS) {
			const positions = line.slice(start, start + CHUNK_SEGMENTS + 1);
			chunks.push({ bound: lowerBoundKm(point, boxOf(positions)), positions });
		}
	}
	chunks.sort((a, b) => a.bound - b.bound);
	let best = Infinity;
	for (const chunk of chunks) {
		if (chunk.bound >= best) break;
		const km = polylineDistanceKm(point, chunk.positions);
		if (km < best) best = km;
	}
	return best;
}

/**
 * Clips a closed ring to a box (Sutherland–Hodgman, planar in lon/lat, like `@turf/bbox-clip`).
 * The result may run along the box edges (zero-width slivers); polygon clipping handles those.
 * @returns the closed clipped ring, or `[]` when nothing of it is inside the box
 */
export function clipRingToBox(ring: readonly Position[], box: Box): Position[] {
	let points: Position[] = ring.slice(0, -1);
	// Each edge: which coordinate (0 = lon, 1 = lat), the limit, and whether "inside" is ≥ or ≤.
	const edges: [0 | 1, number, boolean][] = [
		[0, box[0], true],
		[0, box[2], false],
		[1, box[1], true],
		[1, box[3], false]
	];
	for (const [axis, limit, keepAbove] of edges) {
		if (points.length === 0) break;
		const inside = (p: Position) =>
			keepAbove ? (p[axis] as number) >= limit : (p[axis] as number) <= limit;
		const next: Position[] = [];
		let previous = points[points.length - 1] as Position;
		for (const current of points) {
			const currentIn = inside(current);
			if (currentIn !== inside(previous)) {
				const t =
					(limit - (previous[axis] as number)) /
					((current[axis] as number) - (previous[axis] as number));
				const other = axis === 0 ? 1 : 0;
				const crossing: Position = [0, 0];
				crossing[axis] = limit;
				crossing[other] =
					(previous[other] as number) +
					t * ((current[other] as number) - (previous[other] as number));
				next.push(crossing);
			}
			if (currentIn) next.push(current);
			previous = current;
		}
		points = next;
	}
	if (points.length < 3) return [];
	return [...points, points[0] as Position];
}
