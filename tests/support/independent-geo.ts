/**
 * Figures of the comparison computed directly with Turf from copies of DeepState's weekly occupied
 * areas (tests/fixtures/weekly/occupied_*.geojson), apart from the app's code, for the unit and
 * browser tests to hold the app's figures to.
 */
import { readFileSync } from 'node:fs';
import { area } from '@turf/area';
import { circle } from '@turf/circle';
import { difference } from '@turf/difference';
import { featureCollection, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { polygonToLine } from '@turf/polygon-to-line';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** GeoNames points of the axis cities. */
export const KHARKIV = [36.25475, 49.98177];
export const POKROVSK = [37.17706, 48.28014];

/** The occupied area of a weekly fixture (`YYYY-MM-DD`) as one MultiPolygon. */
function occupied(date: string): Feature<MultiPolygon> {
	const areas = JSON.parse(
		readFileSync(`tests/fixtures/weekly/occupied_${date}.geojson`, 'utf8')
	) as FeatureCollection<Polygon | MultiPolygon>;
	const coordinates = areas.features.flatMap((f) =>
		f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
	);
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } };
}

/** km² gained from `from` to `to` within `km` of `center`, parts under 0.5 km² dropped. */
export function gainedWithinKm2(from: string, to: string, center: number[], km: number): number {
	const gained = difference(featureCollection([occupied(to), occupied(from)]))!;
	const parts =
		gained.geometry.type === 'Polygon'
			? [gained.geometry.coordinates]
			: gained.geometry.coordinates;
	const ring = circle(center, km, { units: 'kilometers', steps: 128 });
	return parts
		.map((coordinates) => polygon(coordinates))
		.filter((part) => area(part) / 1e6 >= 0.5)
		.reduce((sum, part) => {
			const piece = intersect(featureCollection<Polygon | MultiPolygon>([part, ring]));
			return sum + (piece ? area(piece) / 1e6 : 0);
		}, 0);
}

/** km from `point` (outside it) to the nearest edge of the occupied area on `date`. */
export function distanceToOccupiedKm(date: string, point: number[]): number {
	const { coordinates } = occupied(date).geometry;
	return Math.min(
		...coordinates.map((rings) => {
			const line = polygonToLine(polygon(rings));
			const lines = line.type === 'FeatureCollection' ? line.features : [line];
			return Math.min(
				...lines.map((l) => pointToLineDistance(point, l as never, { units: 'kilometers' }))
			);
		})
	);
}
