/**
 * Ground gained and lost per region between two occupied-area snapshots, by the method of the weekly
 * series' reference table (SOURCES.md, weekly section, step 3): Turf `difference` each way, split
 * into polygons, parts under 0.5 km² dropped as redrawing noise, each part counted whole in the
 * region that holds most of it.
 */
import { area } from '@turf/area';
import { difference } from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { areaInsideKm2, type AreaCollection } from './area';

/** Changed parts smaller than this (km²) are redrawing noise, not movement of the front. */
const MIN_PART_KM2 = 0.5;

/** A region to assign parts to, e.g. an oblast, with its id. */
export type IdRegion = Feature<Polygon | MultiPolygon, { id: string }>;

/** A changed part, counted whole in the region holding most of it. */
interface AssignedPart {
	/** Id of that region; null when the part overlaps none. */
	regionId: string | null;
	km2: number;
	part: Feature<Polygon>;
}

/** The parts gained and lost between two snapshots, each assigned to a region. */
export interface RegionParts {
	gained: AssignedPart[];
	lost: AssignedPart[];
}

/** Change within one region between two snapshots. */
export interface RegionChange {
	/** Sum of the whole gained parts assigned to the region, km². */
	gainedKm2: number;
	/** Sum of the whole lost parts assigned to the region, km². */
	lostKm2: number;
	/** Number of kept parts, gained and lost together. */
	parts: number;
}

/** The one area of a snapshot: all its polygons as one MultiPolygon, or null when empty. */
function merged(snapshot: AreaCollection): Feature<MultiPolygon> | null {
	const coordinates: Position[][][] = [];
	for (const feature of snapshot.features) {
		const geometry = feature.geometry as Polygon | MultiPolygon | null;
		if (!geometry) continue;
		if (geometry.type === 'Polygon') coordinates.push(geometry.coordinates);
		else coordinates.push(...geometry.coordinates);
	}
	if (coordinates.length === 0) return null;
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } };
}

/** The polygons of `a` minus `b`, each as its own feature. */
function partsOf(
	a: Feature<MultiPolygon> | null,
	b: Feature<MultiPolygon> | null
): Feature<Polygon>[] {
	if (!a) return [];
	const rest = b ? difference(featureCollection<Polygon | MultiPolygon>([a, b])) : a;
	if (!rest) return [];
	const polygons =
		rest.geometry.type === 'Polygon' ? [rest.geometry.coordinates] : rest.geometry.coordinates;
	return polygons.map((coordinates) => ({
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates }
	}));
}

/** Index of the region holding most of `part` (by area inside), or -1 when none overlaps it. */
function holder(part: Feature<Polygon>, regions: IdRegion[]): number {
	let best = -1;
	let most = 0;
	regions.forEach((region, i) => {
		const inside = areaInsideKm2(featureCollection([part]), region);
		if (inside > most) [best, most] = [i, inside];
	});
	return best;
}

/**
 * The polygons gained (in `after`, not in `before`) and lost between two snapshots, without the
 * parts smaller than `minPartKm2` (redrawing noise), each assigned to the region holding most of it.
 * @param before the earlier snapshot (e.g. the weekly front of 2024-05-09)
 * @param after the later snapshot (e.g. 2024-05-16)
 * @param regions the regions to assign parts to
 * @param minPartKm2 parts smaller than this are dropped; default {@link MIN_PART_KM2}
 * @example regionParts(weekly0509, weekly0516, oblasts).gained.length; // 10
 */
export function regionParts(
	before: AreaCollection,
	after: AreaCollection,
	regions: IdRegion[],
	minPartKm2 = MIN_PART_KM2
): RegionParts {
	const [was, now] = [merged(before), merged(after)];
	const assigned = (parts: Feature<Polygon>[]): AssignedPart[] =>
		parts.flatMap((part) => {
			const km2 = area(part) / 1e6;
			if (km2 < minPartKm2) return [];
			return [{ regionId: regions[holder(part, regions)]?.properties.id ?? null, km2, part }];
		});
	return { gained: assigned(partsOf(now, was)), lost: assigned(partsOf(was, now)) };
}

/**
 * Ground gained and lost in each region: the sums of {@link regionParts}.
 * @param changes the assigned parts of two snapshots
 * @param regionIds the regions to sum; parts in other regions or none are not counted
 * @returns one entry per region id, zeros included
 * @example
 * regionTotalsKm2(regionParts(weekly0509, weekly0516, oblasts), ['UA-63'])['UA-63']; // { gainedKm2: ≈ 134.8, lostKm2: 0, parts: 2 }
 */
export function regionTotalsKm2(
	changes: RegionParts,
	regionIds: readonly string[]
): Record<string, RegionChange> {
	const totals: Record<string, RegionChange> = {};
	for (const id of regionIds) totals[id] = { gainedKm2: 0, lostKm2: 0, parts: 0 };
	const tally = (parts: AssignedPart[], key: 'gainedKm2' | 'lostKm2') => {
		for (const { regionId, km2 } of parts) {
			const total = regionId === null ? undefined : totals[regionId];
			if (!total) continue;
			total[key] += km2;
			total.parts += 1;
		}
	};
	tally(changes.gained, 'gainedKm2');
	tally(changes.lost, 'lostKm2');
	return totals;
}
