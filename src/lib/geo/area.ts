/**
 * Distances to, and areas of, polygon layers such as the occupied territory or the change polygons.
 */
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { boxContains, boxesOverlap, boxOf, clipRingToBox, nearestLineKm, type Box } from './sphere';

/** A polygon layer, e.g. one DeepState snapshot. */
export type AreaCollection = FeatureCollection<Polygon | MultiPolygon>;

/** Result of {@link distanceToAreaKm}. */
export interface AreaDistance {
	/** Distance to the nearest edge in km; 0 when inside. */
	km: number;
	/** True when the point is inside (or on the edge of) any polygon. */
	inside: boolean;
}

/** Result of {@link frontShiftKm}. */
export interface FrontShift {
	/** Distance to the area edge in the earlier snapshot, km (0 when inside). */
	beforeKm: number;
	/** Distance to the area edge in the later snapshot, km (0 when inside). */
	afterKm: number;
	/** `beforeKm - afterKm`: positive when the front came closer, negative when it receded. */
	closerKm: number;
}

/** The polygons (each a list of rings) of a collection, skipping null geometries. */
function polygonsOf(collection: AreaCollection): Position[][][] {
	const polygons: Position[][][] = [];
	for (const feature of collection.features) {
		const geometry = feature.geometry as Polygon | MultiPolygon | null;
		if (!geometry) continue;
		if (geometry.type === 'Polygon') polygons.push(geometry.coordinates);
		else polygons.push(...geometry.coordinates);
	}
	return polygons.filter((rings) => (rings[0]?.length ?? 0) >= 2);
}

/**
 * Distance from a point to the nearest edge of a polygon layer (e.g. the occupied territory).
 * Holes count as edges: a point in a hole is outside, at its distance to the hole's ring.
 * Point-in-polygon (Turf) runs only on polygons whose bounding box holds the point; edge distance
 * is great-circle, computed as in {@link distanceToLineKm}, nearest bounding boxes first.
 * @param point `[lon, lat]` in degrees
 * @param areaLayer Polygon/MultiPolygon features; null geometries are skipped
 * @returns `{ km: 0, inside: true }` inside or on an edge; `{ km, inside: false }` outside;
 *   `null` when the layer has no polygon ("empty front line"); `km` is NaN for a NaN point
 * @example
 * distanceToAreaKm([36.25475, 49.98177], occupied0724); // Kharkiv: { km: ≈ 31.5, inside: false }
 */
export function distanceToAreaKm(point: Position, areaLayer: AreaCollection): AreaDistance | null {
	const polygons = polygonsOf(areaLayer);
	if (polygons.length === 0) return null;
	if (!Number.isFinite(point[0]) || !Number.isFinite(point[1])) return { km: NaN, inside: false };
	for (const rings of polygons) {
		const box = boxOf(rings[0] as Position[]);
		if (
			boxContains(box, point) &&
			booleanPointInPolygon(point, { type: 'Polygon', coordinates: rings })
		) {
			return { km: 0, inside: true };
		}
	}
	return { km: nearestLineKm(point, polygons.flat()), inside: false };
}

/**
 * How much closer the edge of a polygon layer came to a point between two snapshots.
 * @param point `[lon, lat]` in degrees
 * @param before the earlier snapshot (e.g. DeepState 2024-05-09)
 * @param after the later snapshot (e.g. DeepState 2024-07-24)
 * @returns km values as in {@link distanceToAreaKm} (0 when inside); `closerKm > 0` when the front
 *   advanced towards the point; `null` when either snapshot is empty
 * @example
 * frontShiftKm([36.94108, 50.29078], before, after); // Vovchansk: { beforeKm: ≈ 71.7, afterKm: 0, closerKm: ≈ 71.7 }
 */
export function frontShiftKm(
	point: Position,
	before: AreaCollection,
	after: AreaCollection
): FrontShift | null {
	const was = distanceToAreaKm(point, before);
	const now = distanceToAreaKm(point, after);
	if (!was || !now) return null;
	return { beforeKm: was.km, afterKm: now.km, closerKm: was.km - now.km };
}

/**
 * Total area of the parts of a polygon layer that lie inside a region, e.g. Russian gains inside
 * Kharkiv Oblast. Turf `intersect` per feature (features whose bounding box misses the region's
 * are skipped; the region is first cut to each feature's box), Turf `area` (spherical,
 * R = 6,371.0088 km) of each piece. Overlapping features are each counted in full.
 * @param areas Polygon/MultiPolygon features; null geometries are skipped
 * @param region the clipping Polygon/MultiPolygon
 * @returns km², ≥ 0; 0 for an empty layer or no overlap
 * @example
 * areaInsideKm2(gains, kharkivOblast); // ≈ 206.7 (gains 2024-05-09 → 07-24, geoBoundaries oblast)
 */
export function areaInsideKm2(
	areas: AreaCollection,
	region: Feature<Polygon | MultiPolygon>
): number {
	const regionBox = bbox(region) as Box;
	const regionPolygons =
		region.geometry.type === 'Polygon'
			? [region.geometry.coordinates]
			: region.geometry.coordinates;
	let squareMetres = 0;
	for (const feature of areas.features) {
		if (!feature.geometry) continue;
		const box = bbox(feature) as Box;
		if (!boxesOverlap(box, regionBox)) continue;
		// Intersecting with the region cut to this feature's box gives the same piece, but polygon
		// clipping then handles tens of region vertices instead of thousands.
		const near = regionNear(regionPolygons, box);
		if (!near) continue;
		const piece = intersect(featureCollection([feature, near]));
		if (piece) squareMetres += area(piece);
	}
	return squareMetres / 1e6;
}

/** The region's polygons cut to a box grown by 1 %, or null when nothing is left. */
function regionNear(polygons: Position[][][], box: Box): Feature<MultiPolygon> | null {
	const padX = (box[2] - box[0]) * 0.01 + 1e-6;
	const padY = (box[3] - box[1]) * 0.01 + 1e-6;
	const grown: Box = [box[0] - padX, box[1] - padY, box[2] + padX, box[3] + padY];
	const coordinates: Position[][][] = [];
	for (const rings of polygons) {
		const outer = clipRingToBox(rings[0] ?? [], grown);
		if (outer.length === 0) continue;
		const holes = rings.slice(1).map((ring) => clipRingToBox(ring, grown));
		coordinates.push([outer, ...holes.filter((ring) => ring.length > 0)]);
	}
	if (coordinates.length === 0) return null;
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } };
}
