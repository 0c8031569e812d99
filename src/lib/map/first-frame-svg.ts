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
import type { Feature, Geometry, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { worldX, worldY } from './first-frame';
import { clipped, pathData } from './first-frame-geometry';
import { LabelPlacer, textPosition, type Anchor, type PlacedLabel } from './first-frame-labels';
import { labelWidth } from './glyph-advances';

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

/** Where the card's labels go (layOutLabels); a label mapped to null is left out. */
type LabelLayout = Map<Feature, PlacedLabel | null>;

/** The layer's filter at the drawing's zoom, compiled once: whether it keeps a feature. */
function layerFilter(
	layer: Exclude<LayerSpecification, { type: 'background' }>,
	drawing: FrameDrawing
): (feature: Feature) => boolean {
	const filter = featureFilter(layer.filter, 'filter');
	return (feature) => {
		const typed = { type: styleType(feature.geometry), properties: feature.properties ?? {} };
		return filter.filter({ zoom: drawing.zoom }, typed as never);
	};
}

function drawLayer(
	{ layer, features }: FrameLayer,
	drawing: FrameDrawing,
	labels: LabelLayout | null
): string {
	if (layer.type === 'background') {
		const paint = layer.paint?.['background-color'];
		return `<rect width="100%" height="100%" fill="${color(paint)}"/>`;
	}
	if ((layer.minzoom ?? 0) > drawing.zoom) return '';
	const kept = layerFilter(layer, drawing);
	const get = evaluator(layer, drawing.zoom, drawing.state);
	const shapes: string[] = [];
	for (const original of features) {
		if (!kept(original)) continue;
		const feature = clipped(original, drawing);
		if (!feature) continue;
		shapes.push(drawFeature(layer, feature, drawing, get, labels));
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
	get: (property: string, feature: Feature) => unknown,
	labels: LabelLayout | null
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
			return label(feature, drawing, get, labels);
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

/** A label's text (as the layer transforms it), size and letter spacing in px; null without text. */
function labelText(feature: Feature, get: (property: string, feature: Feature) => unknown) {
	const field = String(get('text-field', feature) ?? '');
	const text = get('text-transform', feature) === 'uppercase' ? field.toUpperCase() : field;
	const size = Number(get('text-size', feature));
	return text ? { text, size, spacing: Number(get('text-letter-spacing', feature)) * size } : null;
}

/** A point feature's position in the image, px. */
function imagePoint(feature: Feature, drawing: FrameDrawing): [number, number] {
	const [lon, lat] = (feature.geometry as Point).coordinates;
	const scale = 2 ** drawing.zoom;
	return [(worldX(lon!) - drawing.extent[0]) * scale, (worldY(lat!) - drawing.extent[1]) * scale];
}

/**
 * Where each label goes when no two may overlap: the symbol layers from the top down (a later layer
 * wins, as in MapLibre), each label at the first of its anchors (`text-variable-anchor`) where it
 * meets no label placed before, measured with MapLibre's own glyphs (glyph-advances.ts), or null.
 */
function layOutLabels(drawing: FrameDrawing): LabelLayout {
	const placer = new LabelPlacer();
	const layout: LabelLayout = new Map();
	for (const { layer, features } of [...drawing.layers].reverse()) {
		if (layer.type !== 'symbol' || (layer.minzoom ?? 0) > drawing.zoom) continue;
		const kept = layerFilter(layer, drawing);
		const get = evaluator(layer, drawing.zoom, drawing.state);
		for (const feature of features) {
			if (feature.geometry.type !== 'Point' || !kept(feature)) continue;
			const words = labelText(feature, get);
			if (!words) continue;
			const [x, y] = imagePoint(feature, drawing);
			const [font] = get('text-font', feature) as string[];
			const anchors = (get('text-variable-anchor', feature) as Anchor[] | undefined) ?? ['center'];
			layout.set(
				feature,
				placer.place({
					x,
					y,
					size: words.size,
					width: labelWidth(font!, words.text, words.size, words.spacing),
					anchors,
					offsetEm: Number(get('text-radial-offset', feature) ?? 0)
				})
			);
		}
	}
	return layout;
}

/**
 * A label: where `labels` puts it (or nowhere), else a place's name to the right of its marker
 * (MapLibre's first variable anchor) and other labels centred on their point.
 */
function label(
	feature: Feature,
	drawing: FrameDrawing,
	get: (property: string, feature: Feature) => unknown,
	labels: LabelLayout | null
): string {
	if (feature.geometry.type !== 'Point') return '';
	const words = labelText(feature, get);
	if (!words) return '';
	const { text, size, spacing } = words;
	const [px, py] = imagePoint(feature, drawing);
	const anchored = get('text-variable-anchor', feature) !== undefined;
	const laidOut = labels?.get(feature);
	if (laidOut === null) return '';
	const position = laidOut
		? textPosition(laidOut.anchor, laidOut.box, size)
		: `x="${(px + (anchored ? size * 0.9 : 0)).toFixed(1)}" y="${(py + size * 0.35).toFixed(1)}"${anchored ? '' : ' text-anchor="middle"'}`;
	const letters = anchored ? '' : ` letter-spacing="${spacing.toFixed(1)}"`;
	const halo = color(get('text-halo-color', feature));
	const opacity = Number(get('text-opacity', feature));
	return `<text ${position}${letters} font-size="${size.toFixed(1)}" fill-opacity="${opacity}" fill="${color(get('text-color', feature))}" stroke="${halo}">${escapeXml(text)}</text>`;
}

/**
 * The frame as an SVG document, its size the extent at the frame's zoom.
 * @param separateLabels place labels so that no two overlap (the link card, shown at the size it is
 *   drawn); a first frame keeps each at its first anchor, since CSS scales it to the map's zoom
 */
export function frameSvg(drawing: FrameDrawing, separateLabels = false): string {
	const scale = 2 ** drawing.zoom;
	const width = Math.round(drawing.extent[2] * scale);
	const height = Math.round(drawing.extent[3] * scale);
	const style =
		'.l,.m{fill:none;vector-effect:non-scaling-stroke;stroke-linejoin:round}.m{stroke-linecap:round}' +
		'text{font-family:system-ui,sans-serif;font-weight:500;stroke-width:3px;paint-order:stroke;stroke-linejoin:round}';
	const labels = separateLabels ? layOutLabels(drawing) : null;
	const body = drawing.layers.map((layer) => drawLayer(layer, drawing, labels)).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none"><style>${style}</style>${body}</svg>`;
}
