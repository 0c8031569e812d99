/**
 * The measuring tool: a polyline ruler and range rings.
 */
import { circle } from '@turf/circle';
import type { Feature, GeoJsonProperties, Polygon, Position } from 'geojson';
import { distanceKm } from './distance';

/** Result of {@link pathLengthKm}. */
export interface PathLength {
	/** Great-circle length of each leg in km; `points.length - 1` entries. */
	segmentsKm: number[];
	/** Sum of the legs in km. */
	totalKm: number;
}

/**
 * Lengths of a ruler path drawn through clicked points: each leg is a great-circle arc.
 * @param points `[lon, lat]` positions in degrees, in drawing order
 * @returns per-leg and total km; `{ segmentsKm: [], totalKm: 0 }` for zero or one point;
 *   NaN legs (and total) when a coordinate is NaN
 * @example
 * pathLengthKm([[36.25475, 49.98177], [37.59739, 48.84974], [37.17706, 48.28014]]);
 * // { segmentsKm: [≈ 159.0, ≈ 70.5], totalKm: ≈ 229.5 }
 */
export function pathLengthKm(points: readonly Position[]): PathLength {
	const segmentsKm: number[] = [];
	for (let i = 1; i < points.length; i++) {
		segmentsKm.push(distanceKm(points[i - 1] as Position, points[i] as Position));
	}
	return { segmentsKm, totalKm: segmentsKm.reduce((sum, km) => sum + km, 0) };
}

/**
 * A range ring (great-circle circle) around a centre, as a polygon for a fill or line layer.
 * @param center `[lon, lat]` in degrees
 * @param radiusKm radius in km; must be finite and > 0
 * @param steps vertices on the ring, an integer ≥ 3; default 128
 * @returns a closed Polygon feature with `steps + 1` positions and empty properties
 * @throws {RangeError} for a radius ≤ 0 or non-finite, a bad `steps`, or a non-finite centre
 * @example
 * rangeRing([36.58091, 50.60343], 70); // 70 km around Belgorod (Kharkiv's centre is 72.9 km away)
 */
export function rangeRing(
	center: Position,
	radiusKm: number,
	steps = 128
): Feature<Polygon, GeoJsonProperties> {
	if (!Number.isFinite(radiusKm) || radiusKm <= 0) {
		throw new RangeError(`rangeRing: radiusKm must be a finite number > 0, got ${radiusKm}`);
	}
	if (!Number.isInteger(steps) || steps < 3) {
		throw new RangeError(`rangeRing: steps must be an integer ≥ 3, got ${steps}`);
	}
	if (!Number.isFinite(center[0]) || !Number.isFinite(center[1])) {
		throw new RangeError(
			`rangeRing: center must be a finite [lon, lat], got [${center.join(', ')}]`
		);
	}
	return circle([center[0] as number, center[1] as number], radiusKm, {
		steps,
		units: 'kilometers',
		properties: {}
	});
}
