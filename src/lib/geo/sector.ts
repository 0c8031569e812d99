/**
 * Ground measured around a city rather than in a whole oblast: the pieces of changed areas that
 * lie within a distance of it (issue #17: an oblast mixes fronts, e.g. Kharkiv Oblast holds both
 * the northern offensive and the Kupiansk front).
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { areaInsideKm2 } from './area';
import { rangeRing } from './ruler';

/**
 * km² of `parts` inside the circle of `radiusKm` around `center` (Turf `circle`, 128 vertices,
 * clipped with Turf `intersect`); a part straddling the circle counts only its inside piece.
 * @param parts Polygon/MultiPolygon features, e.g. one week's gained parts
 * @param center `[lon, lat]` in degrees, e.g. Kharkiv's point
 * @param radiusKm the circle's radius in km, finite and > 0
 * @returns km², ≥ 0; 0 for no parts
 * @throws {RangeError} for a bad radius or centre (see `rangeRing`)
 * @example
 * areaWithinKm2(gained, kharkiv, 75); // the northern offensive's ground, not Kupiansk's
 */
export function areaWithinKm2(
	parts: Feature<Polygon | MultiPolygon>[],
	center: Position,
	radiusKm: number
): number {
	const circle = rangeRing(center, radiusKm);
	return parts.length === 0
		? 0
		: areaInsideKm2({ type: 'FeatureCollection', features: parts }, circle);
}
