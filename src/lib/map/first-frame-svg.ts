/**
 * Draws a first frame (src/lib/map/first-frame.ts) as SVG: the map's own layer specs
 * (basemap-style.ts, overlay-layers.ts), filters and paint evaluated by MapLibre's style-spec at
 * the frame's zoom, over the same GeoJSON, projected into MapLibre's Web Mercator world. Lines keep
 * their width in screen px however CSS scales the image (`non-scaling-stroke`), and so do the place
 * markers (round caps of zero-length strokes).
 */
import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import {
	featureFilter,
	latest,
	normalizePropertyExpression,
	type FeatureState,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, Geometry, Position } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { worldX, worldY } from './first-frame';

/** A layer with the features of its source. */
interface FrameLayer {
	layer: LayerSpecification;
	features: Feature[];
}

/** What to draw: the image's extent in world px at zoom 0, the zoom it is drawn at, and the layers. */
export interface FrameDrawing {
	extent: [number, number, number, number];
	zoom: number;
	layers: FrameLayer[];
	/** Feature-state of features by id (the selection). */
	state: Record<string, FeatureState>;
}

const GEOMETRY_TYPES = { Point: 1, MultiPoint: 1, LineString: 2, MultiLineString: 2 } as const;

function evaluator(layer: LayerSpecification, zoom: number, state: Record<string, FeatureState>) {
	const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
	const layout = (layer as { layout?: Record<string, unknown> }).layout ?? {};
	const specs = {
		...(latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
			`paint_${layer.type}`
		],
		...(latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
			`layout_${layer.type}`
		]
	};
	return (property: string, feature: Feature): unknown => {
		const spec = specs[property];
		const value = paint[property] ?? layout[property] ?? spec?.default;
		if (value === undefined || !spec) return undefined;
		const expression = normalizePropertyExpression(value as never, property, spec);
		const id = feature.properties?.id as string | undefined;
		const result = expression.evaluate(
			{ zoom },
			{ type: styleType(feature.geometry), properties: feature.properties ?? {} },
			id ? state[id] : undefined
		);
		return result;
	};
}

function styleType(geometry: Geometry): 1 | 2 | 3 {
	return GEOMETRY_TYPES[geometry.type as keyof typeof GEOMETRY_TYPES] ?? 3;
}

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
function pathData(geometry: Geometry, drawing: FrameDrawing): string {
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
function clipped(feature: Feature, drawing: FrameDrawing): Feature | null {
	if (feature.geometry.type === 'Point' || feature.geometry.type === 'MultiPoint') return feature;
	if (feature.geometry.type === 'GeometryCollection') return null;
	const cut = withoutSlivers(bboxClip(feature as never, extentBounds(drawing)) as Feature);
	if (!cut) return null;
	const degreesPerPx = 360 / 512 / 2 ** drawing.zoom;
	const small = simplified(cut, degreesPerPx * 0.75);
	return pathData(small.geometry, drawing) === '' ? null : small;
}

export const escapeXml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function color(value: unknown): string {
	return String(value);
}

function drawLayer({ layer, features }: FrameLayer, drawing: FrameDrawing): string {
	if (layer.type === 'background') {
		const paint = layer.paint?.['background-color'];
		return `<rect width="100%" height="100%" fill="${color(paint)}"/>`;
	}
	if ((layer.minzoom ?? 0) > drawing.zoom) return '';
	const filter = featureFilter(layer.filter, 'filter');
	const get = evaluator(layer, drawing.zoom, drawing.state);
	const shapes: string[] = [];
	for (const original of features) {
		const typed = { type: styleType(original.geometry), properties: original.properties ?? {} };
		if (!filter.filter({ zoom: drawing.zoom }, typed as never)) continue;
		const feature = clipped(original, drawing);
		if (!feature) continue;
		shapes.push(drawFeature(layer, feature, drawing, get));
	}
	return layer.type === 'fill' || layer.type === 'line' ? merged(shapes) : shapes.join('');
}

/** Paths of one layer painted alike as one path each: a layer's features do not overlap. */
function merged(paths: string[]): string {
	const byPaint = new Map<string, string[]>();
	for (const path of paths) {
		const match = /^<path (.*) d="([^"]*)"\/>$/.exec(path);
		if (!match) continue;
		const [, paint, d] = match;
		byPaint.set(paint!, [...(byPaint.get(paint!) ?? []), d!]);
	}
	return [...byPaint].map(([paint, ds]) => `<path ${paint} d="${ds.join('')}"/>`).join('');
}

function drawFeature(
	layer: LayerSpecification,
	feature: Feature,
	drawing: FrameDrawing,
	get: (property: string, feature: Feature) => unknown
): string {
	switch (layer.type) {
		case 'fill': {
			if (Number(get('fill-opacity', feature)) === 0) return '';
			const fill = `fill="${color(get('fill-color', feature))}" fill-opacity="${get('fill-opacity', feature)}"`;
			return `<path ${fill} d="${pathData(feature.geometry, drawing)}"/>`;
		}
		case 'line': {
			const dashes = get('line-dasharray', feature) as number[] | undefined;
			const width = Number(get('line-width', feature));
			const dash = dashes ? ` stroke-dasharray="${dashes.map((d) => d * width).join(' ')}"` : '';
			return `<path class="l" stroke="${color(get('line-color', feature))}" stroke-width="${width}"${dash} d="${pathData(feature.geometry, drawing)}"/>`;
		}
		case 'circle':
			return circle(feature, drawing, get);
		case 'symbol':
			return label(feature, drawing, get);
		default:
			return '';
	}
}

/** A marker: a zero-length stroke with round caps keeps its size in screen px. */
function circle(
	feature: Feature,
	drawing: FrameDrawing,
	get: (property: string, feature: Feature) => unknown
): string {
	if (feature.geometry.type !== 'Point') return '';
	const { coordinates } = feature.geometry;
	const d = pathData({ type: 'LineString', coordinates: [coordinates, coordinates] }, drawing);
	const radius = Number(get('circle-radius', feature));
	const stroke = Number(get('circle-stroke-width', feature));
	return (
		`<path class="m" stroke="${color(get('circle-stroke-color', feature))}" stroke-width="${2 * (radius + stroke)}" d="${d}"/>` +
		`<path class="m" stroke="${color(get('circle-color', feature))}" stroke-width="${2 * radius}" d="${d}"/>`
	);
}

/** A label: a place's name to the right of its marker (MapLibre's first variable anchor), other
 * labels centred on their point. */
function label(
	feature: Feature,
	drawing: FrameDrawing,
	get: (property: string, feature: Feature) => unknown
): string {
	if (feature.geometry.type !== 'Point') return '';
	const field = String(get('text-field', feature) ?? '');
	const text = get('text-transform', feature) === 'uppercase' ? field.toUpperCase() : field;
	if (!text) return '';
	const size = Number(get('text-size', feature));
	const [x0, y0] = drawing.extent;
	const scale = 2 ** drawing.zoom;
	const [lon, lat] = feature.geometry.coordinates;
	const anchored = get('text-variable-anchor', feature) !== undefined;
	const x = (worldX(lon!) - x0) * scale + (anchored ? size * 0.9 : 0);
	const y = (worldY(lat!) - y0) * scale + size * 0.35;
	const halo = color(get('text-halo-color', feature));
	const spacing = Number(get('text-letter-spacing', feature)) * size;
	const place = anchored ? '' : ` text-anchor="middle" letter-spacing="${spacing.toFixed(1)}"`;
	const opacity = Number(get('text-opacity', feature));
	return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${place} font-size="${size.toFixed(1)}" fill-opacity="${opacity}" fill="${color(get('text-color', feature))}" stroke="${halo}">${escapeXml(text)}</text>`;
}

/** The frame as an SVG document, its size the extent at the frame's zoom. */
export function frameSvg(drawing: FrameDrawing): string {
	const scale = 2 ** drawing.zoom;
	const width = Math.round(drawing.extent[2] * scale);
	const height = Math.round(drawing.extent[3] * scale);
	const style =
		'.l,.m{fill:none;vector-effect:non-scaling-stroke;stroke-linejoin:round}.m{stroke-linecap:round}' +
		'text{font-family:system-ui,sans-serif;font-weight:500;stroke-width:3px;paint-order:stroke;stroke-linejoin:round}';
	const body = drawing.layers.map((layer) => drawLayer(layer, drawing)).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none"><style>${style}</style>${body}</svg>`;
}
