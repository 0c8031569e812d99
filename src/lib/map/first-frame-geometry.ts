/**
 * The first frame's geometry (first-frame-svg.ts): features cut to the frame and simplified as
 * MapLibre tiles them, and drawn as SVG path data in px at the frame's zoom.
 */
import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import type { Feature, Geometry, Position } from 'geojson';
import { worldX, worldY } from './first-frame';
import type { FrameDrawing } from './first-frame-svg';

/** Tenths of a px at the frame's zoom, from the extent's corner. */
function pixels(position: Position, drawing: FrameDrawing): [number, number] {
	const [x0, y0] = drawing.extent;
	const scale = 2 ** drawing.zoom * 10;
	return [
		Math.round((worldX(position[0]!) - x0) * scale),
		Math.round((worldY(position[1]!) - y0) * scale)
	];
}

const tenths = (n: number) => String(n / 10);

/** A line as SVG path data: an absolute move, then relative steps (shorter), repeats dropped. */
function linePath(coordinates: Position[], close: boolean, drawing: FrameDrawing): string {
	if (coordinates.length < 2) return '';
	const points = coordinates.map((position) => pixels(position, drawing));
	let [x, y] = points[0]!;
	let d = `M${tenths(x)} ${tenths(y)}l`;
	const steps: string[] = [];
	for (const [px, py] of points.slice(1)) {
		if (px === x && py === y && steps.length > 0) continue;
		steps.push(`${tenths(px - x)} ${tenths(py - y)}`);
		[x, y] = [px, py];
	}
	d += steps.join(' ').replace(/ -/g, '-');
	return close ? `${d}z` : d;
}

/** Geometry → SVG path data in px at the frame's zoom, from the extent's corner. */
export function pathData(geometry: Geometry, drawing: FrameDrawing): string {
	const line = (coordinates: Position[], close: boolean) => linePath(coordinates, close, drawing);
	switch (geometry.type) {
		case 'LineString':
			return line(geometry.coordinates, false);
		case 'MultiLineString':
			return geometry.coordinates.map((part) => line(part, false)).join('');
		case 'Polygon':
			return geometry.coordinates.map((ring) => line(ring, true)).join('');
		case 'MultiPolygon':
			return geometry.coordinates
				.flat()
				.map((ring) => line(ring, true))
				.join('');
		default:
			return '';
	}
}

/** The extent in degrees [west, south, east, north], for clipping. */
function extentBounds(drawing: FrameDrawing): [number, number, number, number] {
	const [x, y, width, height] = drawing.extent;
	const lon = (px: number) => (px / 512) * 360 - 180;
	const lat = (py: number) =>
		(360 / Math.PI) * Math.atan(Math.exp(((180 - (py / 512) * 360) * Math.PI) / 180)) - 90;
	return [lon(x), lat(y + height), lon(x + width), lat(y)];
}

/**
 * Douglas–Peucker through Turf, or the feature as it is where Turf refuses a ring that clipping
 * left with fewer than 4 distinct, non-collinear points (too small to show at this zoom anyway).
 */
function simplified(feature: Feature, tolerance: number): Feature {
	try {
		return simplify(feature, { tolerance, highQuality: false });
	} catch {
		return feature;
	}
}

/** The feature without the rings and lines that clipping left too short to draw; null if none is left. */
function withoutSlivers(feature: Feature): Feature | null {
	const rings = (polygon: Position[][]) => polygon.filter((ring) => ring.length >= 4);
	const { geometry } = feature;
	let kept: Geometry | null = geometry;
	if (geometry.type === 'Polygon') {
		const polygon = rings(geometry.coordinates);
		kept = polygon.length > 0 ? { type: 'Polygon', coordinates: polygon } : null;
	} else if (geometry.type === 'MultiPolygon') {
		const polygons = geometry.coordinates.map(rings).filter((polygon) => polygon.length > 0);
		kept = polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
	} else if (geometry.type === 'LineString') {
		kept = geometry.coordinates.length >= 2 ? geometry : null;
	} else if (geometry.type === 'MultiLineString') {
		const lines = geometry.coordinates.filter((line) => line.length >= 2);
		kept = lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
	}
	return kept && { ...feature, geometry: kept };
}

/** The feature cut to the frame and simplified to 0.75 px (as MapLibre tiles the overlays), or null when nothing is left. */
export function clipped(feature: Feature, drawing: FrameDrawing): Feature | null {
	if (feature.geometry.type === 'Point' || feature.geometry.type === 'MultiPoint') return feature;
	if (feature.geometry.type === 'GeometryCollection') return null;
	const cut = withoutSlivers(bboxClip(feature as never, extentBounds(drawing)) as Feature);
	if (!cut) return null;
	const degreesPerPx = 360 / 512 / 2 ** drawing.zoom;
	const small = simplified(cut, degreesPerPx * 0.75);
	return pathData(small.geometry, drawing) === '' ? null : small;
}
