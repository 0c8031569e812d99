/**
 * Geometry helpers for the data build: rounding, shared-edge-safe simplification, winding.
 * Coordinates are lon/lat degrees; tolerances are in degrees of latitude.
 */
import rewind from '@turf/rewind';
import type {
	Feature,
	Geometry,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';

export type AreaGeometry = Polygon | MultiPolygon;
export type LineGeometry = LineString | MultiLineString;
export type PathGeometry = AreaGeometry | LineGeometry;

/** Decimal places kept in every coordinate (about 1 m). */
const PRECISION = 5;
/** Longitude is scaled by cos(49°) so tolerances are roughly isotropic over Ukraine. */
const LON_SCALE = Math.cos((49 * Math.PI) / 180);

/** Rounds to `decimals` (at most {@link PRECISION}), never returning -0. */
function round(n: number, decimals = PRECISION): number {
	const scale = 10 ** Math.min(decimals, PRECISION);
	const r = Math.round(n * scale) / scale;
	return r === 0 ? 0 : r;
}

export function roundPosition(p: Position, decimals = PRECISION): Position {
	return [round(p[0]!, decimals), round(p[1]!, decimals)];
}

const key = (p: Position): string => `${p[0]},${p[1]}`;

/** Every path of a geometry: rings of polygons, parts of lines. */
function pathsOf(geometry: PathGeometry): Position[][] {
	switch (geometry.type) {
		case 'Polygon':
		case 'MultiLineString':
			return geometry.coordinates;
		case 'MultiPolygon':
			return geometry.coordinates.flat();
		case 'LineString':
			return [geometry.coordinates];
	}
}

/** Every position of a geometry, rounded to `decimals`, as `lon,lat` keys. */
export function positionKeys(geometry: PathGeometry, decimals = PRECISION): Set<string> {
	return new Set(
		pathsOf(geometry).flatMap((path) => path.map((p) => key(roundPosition(p, decimals))))
	);
}

const isRing = (path: Position[]): boolean =>
	path.length > 3 && key(path[0]!) === key(path[path.length - 1]!);

/** Squared distance from `p` to segment `a`–`b` in scaled degrees. */
function segmentDistance2(p: Position, a: Position, b: Position): number {
	const [px, py] = [p[0]! * LON_SCALE, p[1]!];
	const [ax, ay] = [a[0]! * LON_SCALE, a[1]!];
	const [bx, by] = [b[0]! * LON_SCALE, b[1]!];
	const [dx, dy] = [bx - ax, by - ay];
	const length2 = dx * dx + dy * dy;
	const t =
		length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
	const [cx, cy] = [ax + t * dx - px, ay + t * dy - py];
	return cx * cx + cy * cy;
}

/** Douglas–Peucker: which vertices of `path` to keep for `tolerance` (endpoints always). */
function douglasPeucker(path: Position[], tolerance: number): boolean[] {
	const keep = path.map((_, i) => i === 0 || i === path.length - 1);
	const tolerance2 = tolerance * tolerance;
	const stack: [number, number][] = [[0, path.length - 1]];
	while (stack.length) {
		const [a, b] = stack.pop()!;
		let worst = -1;
		let worstDistance = tolerance2;
		for (let i = a + 1; i < b; i++) {
			const d = segmentDistance2(path[i]!, path[a]!, path[b]!);
			if (d > worstDistance) [worst, worstDistance] = [i, d];
		}
		if (worst > 0) {
			keep[worst] = true;
			stack.push([a, worst], [worst, b]);
		}
	}
	return keep;
}

/** Vertices where paths meet or split (more than two distinct neighbours), and line ends. */
function junctions(paths: Position[][]): Set<string> {
	const neighbours = new Map<string, Set<string>>();
	const result = new Set<string>();
	for (const path of paths) {
		const ring = isRing(path);
		const n = ring ? path.length - 1 : path.length;
		for (let i = 0; i < n; i++) {
			const k = key(path[i]!);
			const set = neighbours.get(k) ?? new Set<string>();
			neighbours.set(k, set);
			const prev = ring ? path[(i - 1 + n) % n] : path[i - 1];
			const next = ring ? path[(i + 1) % n] : path[i + 1];
			if (prev) set.add(key(prev));
			if (next) set.add(key(next));
			if (!ring && (i === 0 || i === n - 1)) result.add(k);
		}
	}
	for (const [k, set] of neighbours) if (set.size > 2) result.add(k);
	return result;
}

/**
 * Simplifies several geometries together so that edges they share stay identical (no slivers
 * between neighbours): a vertex kept by any path is kept by every path through it, and junctions
 * are always kept. Coordinates are rounded first. Degenerate rings and lines are dropped.
 * @param tolerance Douglas–Peucker tolerance in degrees of latitude; 0 only rounds.
 * @param decimals Coordinate precision, applied before simplifying (default {@link PRECISION}).
 */
export function simplifyShared<G extends PathGeometry>(
	geometries: G[],
	tolerance: number,
	decimals = PRECISION
): (G | null)[] {
	const rounded = geometries.map((g) =>
		mapPaths(g, (path) => dedupe(path.map((p) => roundPosition(p, decimals))))
	);
	const paths = rounded.flatMap((g) => (g ? pathsOf(g) : []));
	const keep = junctions(paths);
	for (const path of paths) {
		douglasPeucker(path, tolerance).forEach((kept, i) => kept && keep.add(key(path[i]!)));
	}
	return rounded.map((g) =>
		g
			? mapPaths(g, (path) =>
					path.filter((p, i) => i === 0 || i === path.length - 1 || keep.has(key(p)))
				)
			: null
	);
}

/** Drops consecutive duplicate positions. */
function dedupe(path: Position[]): Position[] {
	return path.filter((p, i) => i === 0 || key(p) !== key(path[i - 1]!));
}

/**
 * Applies `fn` to every path; drops rings under 4 positions (a polygon whose outer ring goes, goes
 * whole), lines under 2, and returns null when nothing is left.
 */
function mapPaths<G extends PathGeometry>(
	geometry: G,
	fn: (path: Position[]) => Position[]
): G | null {
	const polygon = (rings: Position[][]): Position[][] | null => {
		const out = rings.map(fn);
		if (out[0]!.length < 4) return null;
		return out.filter((ring) => ring.length >= 4);
	};
	const line = (path: Position[]): Position[] | null => {
		const out = fn(path);
		return out.length >= 2 ? out : null;
	};
	switch (geometry.type) {
		case 'Polygon': {
			const rings = polygon(geometry.coordinates);
			return rings ? ({ type: 'Polygon', coordinates: rings } as G) : null;
		}
		case 'MultiPolygon': {
			const polygons = geometry.coordinates.map(polygon).filter((p) => p !== null);
			return polygons.length ? ({ type: 'MultiPolygon', coordinates: polygons } as G) : null;
		}
		case 'LineString': {
			const coordinates = line(geometry.coordinates);
			return coordinates ? ({ type: 'LineString', coordinates } as G) : null;
		}
		case 'MultiLineString': {
			const parts = geometry.coordinates.map(line).filter((p) => p !== null);
			return parts.length ? ({ type: 'MultiLineString', coordinates: parts } as G) : null;
		}
	}
	return null;
}

/** Twice the planar signed area of a ring in degrees²; positive when counter-clockwise. */
function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
	}
	return sum;
}

/**
 * Drops rings smaller than `minArea` (degrees², planar) and rings with no area, then winds outer
 * rings counter-clockwise and holes clockwise (RFC 7946) with @turf/rewind.
 */
export function cleanArea<G extends AreaGeometry>(geometry: G, minArea = 0): G | null {
	const big = (ring: Position[]): Position[] =>
		Math.abs(signedArea(ring)) / 2 > minArea && Math.abs(signedArea(ring)) > 0 ? ring : [];
	const kept = mapPaths(geometry, big);
	return kept ? (rewind(kept, { mutate: true }) as G) : null;
}

/** Merges line geometries into one MultiLineString. */
export function mergeLines(geometries: LineGeometry[]): MultiLineString {
	return {
		type: 'MultiLineString',
		coordinates: geometries.flatMap((g) =>
			g.type === 'LineString' ? [g.coordinates] : g.coordinates
		)
	};
}

/** A feature with keys in a stable order: type, properties, geometry. */
export function feature<P, G extends Geometry>(properties: P, geometry: G): Feature<G, P & object> {
	return { type: 'Feature', properties: properties as P & object, geometry };
}
