/**
 * Bounding boxes for camera fitting (MapLibre `fitBounds` takes `[[west, south], [east, north]]`).
 */
import { bbox } from '@turf/bbox';
import { featureCollection } from '@turf/helpers';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { boxOf, type Box } from './sphere';

/** `[[west, south], [east, north]]` in degrees. */
export type LngLatBounds = [[number, number], [number, number]];

/** Input accepted by {@link boundsOf}. */
export type BoundsInput = FeatureCollection | Feature[] | Position[];

const isPositionList = (input: Feature[] | Position[]): input is Position[] =>
	Array.isArray(input[0]);

/**
 * Bounding box of features or positions, in the shape MapLibre's `fitBounds` expects.
 * Assumes nothing crosses the antimeridian (the app's region is lon 19–48).
 * @param input a FeatureCollection, an array of features, or an array of `[lon, lat]` positions
 * @returns `[[west, south], [east, north]]`; a point gives a zero-size box
 * @throws {RangeError} when the input holds no finite coordinate (nothing to fit)
 * @example
 * boundsOf([[36.25475, 49.98177], [37.17706, 48.28014]]); // [[36.25475, 48.28014], [37.17706, 49.98177]]
 */
export function boundsOf(input: BoundsInput): LngLatBounds {
	let box: Box;
	if (!Array.isArray(input)) box = bbox(input, { recompute: true }) as Box;
	else if (input.length === 0) box = [Infinity, Infinity, -Infinity, -Infinity];
	else if (isPositionList(input)) box = boxOf(input);
	else box = bbox(featureCollection(input), { recompute: true }) as Box;
	const [west, south, east, north] = box;
	if (![west, south, east, north].every(Number.isFinite)) {
		throw new RangeError('boundsOf: no finite coordinates to fit');
	}
	return [
		[west, south],
		[east, north]
	];
}
