/**
 * Area gained in a region, counting each change polygon wholly in the region where most of it lies.
 * DeepStateMap draws the Kharkiv salients a little across the geoBoundaries border line, so a strict
 * clip would drop a few km² of the same gains into Russia; assigning whole parts by majority matches
 * how the change layer itself was attributed to oblasts.
 */
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaCollection } from './area';
import { boxesOverlap, type Box } from './sphere';

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
	const regionBox = bbox(region) as Box;
	let squareMetres = 0;
	for (const feature of areas.features) {
		if (!feature.geometry || !boxesOverlap(bbox(feature) as Box, regionBox)) continue;
		const whole = area(feature);
		const inside = intersect(featureCollection([feature, region]));
		if (inside && area(inside) > whole / 2) squareMetres += whole;
	}
	return squareMetres / 1e6;
}
