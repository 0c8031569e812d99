/**
 * Bounding boxes for camera fitting. No Turf here: the first screen's code frames the URL's selection
 * with this, and Turf would join it (bytes.app-js in `npm run bench`).
 */
import type { Box } from './sphere';

/**
 * The smallest box that holds every box, `[west, south, east, north]` in degrees.
 * Assumes nothing crosses the antimeridian (the app's region is lon 19–48).
 * @returns null when there is no box: nothing to fit
 * @example
 * unionOfBoxes([[36, 49, 37, 50], [37, 48, 38, 49]]); // [36, 48, 38, 50]
 */
export function unionOfBoxes(boxes: readonly Box[]): Box | null {
	if (boxes.length === 0) return null;
	return [
		Math.min(...boxes.map((box) => box[0])),
		Math.min(...boxes.map((box) => box[1])),
		Math.max(...boxes.map((box) => box[2])),
		Math.max(...boxes.map((box) => box[3]))
	];
}
