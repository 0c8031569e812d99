/**
 * Area gained in a region, counting each change polygon wholly in the region where most of it lies.
 * DeepStateMap draws the Kharkiv salients a little across the geoBoundaries border line, so a strict
 * clip would drop a few km² of the same gains into Russia; assigning whole parts by majority matches
 * how the change layer itself was attributed to oblasts.
 */
import { area } from '@turf/area';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { areaInsideKm2, type AreaCollection } from './area';

/**
 * Total area (Turf `area`, km²) of the polygons of `areas` that lie mostly (more than half of
 * their area) inside `region`.
 * @param areas Polygon/MultiPolygon features, e.g. the change between two front-line snapshots
 * @param region the region, e.g. Kharkiv Oblast
 * @returns km², ≥ 0; 0 for an empty layer or when no polygon lies mostly inside
 * @example
 * gainedAreaKm2(change, kharkivOblast); // ≈ 212.1 for 2024-05-09 → 2024-07-24
 */
export function gainedAreaKm2(
	areas: AreaCollection,
	region: Feature<Polygon | MultiPolygon>
): number {
	let km2 = 0;
	for (const feature of areas.features) {
		if (!feature.geometry) continue;
		const whole = area(feature) / 1e6;
		const inside = areaInsideKm2({ type: 'FeatureCollection', features: [feature] }, region);
		if (inside > whole / 2) km2 += whole;
	}
	return km2;
}
