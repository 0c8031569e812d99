/**
 * Draws a first frame (src/lib/map/first-frame.ts) as SVG: the map's own layer specs
 * (basemap-style.ts, overlay-layers.ts), filters and paint evaluated by MapLibre's style-spec at
 * the frame's zoom, over the same GeoJSON, projected into MapLibre's Web Mercator world. Lines keep
 * their width in screen px however CSS scales the image (`non-scaling-stroke`), and so do the place
 * markers (round caps of zero-length strokes).
 */
import {
	featureFilter,
	latest,
	normalizePropertyExpression,
	type FeatureState,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { worldX, worldY } from './first-frame';
import { clipped, pathData } from './first-frame-geometry';
import { LabelPlacer, textPosition, textWidth, type Anchor } from './first-frame-labels';

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

export const escapeXml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function color(value: unknown): string {
	return String(value);
}

type Evaluate = (property: string, feature: Feature) => unknown;

/** The layer's features its filter keeps at the frame's zoom, cut to the frame, with its evaluator. */
function shownFeatures({ layer, features }: FrameLayer, drawing: FrameDrawing) {
	if (layer.type === 'background' || (layer.minzoom ?? 0) > drawing.zoom) return null;
	const filter = featureFilter(layer.filter, 'filter');
	const shown = features.flatMap((original) => {
		const typed = { type: styleType(original.geometry), properties: original.properties ?? {} };
		if (!filter.filter({ zoom: drawing.zoom }, typed as never)) return [];
		return clipped(original, drawing) ?? [];
	});
	return { shown, get: evaluator(layer, drawing.zoom, drawing.state) as Evaluate };
}

/** Each label the frame shows, as SVG, by feature; a label left out for a collision is absent. */
type PlacedLabels = Map<Feature, string>;

function drawLayer(frameLayer: FrameLayer, drawing: FrameDrawing, labels: PlacedLabels): string {
	const { layer } = frameLayer;
	if (layer.type === 'background') {
		const paint = layer.paint?.['background-color'];
		return `<rect width="100%" height="100%" fill="${color(paint)}"/>`;
	}
	const features = shownFeatures(frameLayer, drawing);
	if (!features) return '';
	const shapes = features.shown.map((feature) =>
		layer.type === 'symbol'
			? (labels.get(feature) ?? '')
			: drawFeature(layer, feature, drawing, features.get)
	);
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
	get: Evaluate
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

/**
 * A label at the first of its anchors where it meets no label placed before (first-frame-labels.ts):
 * a place's name beside its marker, other labels centred on their point. Null when it fits nowhere.
 */
function label(feature: Feature, drawing: FrameDrawing, get: Evaluate, placer: LabelPlacer) {
	if (feature.geometry.type !== 'Point') return null;
	const field = String(get('text-field', feature) ?? '');
	const text = get('text-transform', feature) === 'uppercase' ? field.toUpperCase() : field;
	if (!text) return null;
	const size = Number(get('text-size', feature));
	const spacing = Number(get('text-letter-spacing', feature)) * size;
	const [x0, y0] = drawing.extent;
	const scale = 2 ** drawing.zoom;
	const [lon, lat] = feature.geometry.coordinates;
	const anchors = (get('text-variable-anchor', feature) as Anchor[] | undefined) ?? ['center'];
	const placed = placer.place({
		x: (worldX(lon!) - x0) * scale,
		y: (worldY(lat!) - y0) * scale,
		size,
		width: textWidth(text, size, spacing),
		anchors,
		offsetEm: Number(get('text-radial-offset', feature))
	});
	if (!placed) return null;
	const halo = color(get('text-halo-color', feature));
	const letters = spacing ? ` letter-spacing="${spacing.toFixed(1)}"` : '';
	const opacity = Number(get('text-opacity', feature));
	return `<text ${textPosition(placed.anchor, placed.box, size)}${letters} font-size="${size.toFixed(1)}" fill-opacity="${opacity}" fill="${color(get('text-color', feature))}" stroke="${halo}">${escapeXml(text)}</text>`;
}

/** Every label the frame shows: symbol layers from the top of the style down, as MapLibre places them. */
function placeLabels(drawing: FrameDrawing): PlacedLabels {
	const placer = new LabelPlacer();
	const labels: PlacedLabels = new Map();
	for (const frameLayer of [...drawing.layers].reverse()) {
		if (frameLayer.layer.type !== 'symbol') continue;
		const features = shownFeatures(frameLayer, drawing);
		for (const feature of features?.shown ?? []) {
			const svg = label(feature, drawing, features!.get, placer);
			if (svg) labels.set(feature, svg);
		}
	}
	return labels;
}

/** The frame as an SVG document, its size the extent at the frame's zoom. */
export function frameSvg(drawing: FrameDrawing): string {
	const scale = 2 ** drawing.zoom;
	const width = Math.round(drawing.extent[2] * scale);
	const height = Math.round(drawing.extent[3] * scale);
	const style =
		'.l,.m{fill:none;vector-effect:non-scaling-stroke;stroke-linejoin:round}.m{stroke-linecap:round}' +
		'text{font-family:system-ui,sans-serif;font-weight:500;stroke-width:3px;paint-order:stroke;stroke-linejoin:round}';
	const labels = placeLabels(drawing);
	const body = drawing.layers.map((layer) => drawLayer(layer, drawing, labels)).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none"><style>${style}</style>${body}</svg>`;
}
