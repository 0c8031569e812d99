/**
 * The explorer's overlay layers as plain style specs (https://maplibre.org/maplibre-style-spec/layers/):
 * MapView adds them through <MapLayer>, and the bench's baseline draws the very same specs
 * to measure what the overlays cost. Every layer but the place markers (circles) uses a shader
 * program the basemap has already compiled (constant-colour fills and lines, dashed lines,
 * symbols), and fills whose edge a line draws skip their own antialiasing pass.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Lang } from '$lib/state/i18n';
import { localName, MEDIUM_FONT } from './basemap-style';
import type { OverlayVisibility } from '$lib/theme/legend';
import { withAlpha, type Palette } from '$lib/theme/palette';

/** Which file a feature of the merged overlay source came from, in its `overlay` property
 * (scripts/vite/map-overlays-plugin.ts). */
export type OverlayPart = 'region' | 'frontline' | 'change';

/** The features of one part of the merged overlay source that also pass `filter`. */
function partOf(part: OverlayPart, filter?: ExpressionSpecification): FilterSpecification {
	const inPart: ExpressionSpecification = ['==', ['get', 'overlay'], part];
	return filter ? ['all', inPart, filter] : inPart;
}

/** A layer without its source: the enclosing source component supplies it. */
export type OverlayLayer = Omit<Exclude<LayerSpecification, { type: 'background' }>, 'source'>;

/** The id of the map's source for the merged overlays (`mapOverlayUrls`). */
export const OVERLAY_SOURCE = 'overlays';
/**
 * How MapLibre cuts the merged overlay source into tiles
 * (https://maplibre.org/maplibre-style-spec/sources/#geojson). Its layers are fills and lines at
 * most 3 px wide, so a 16 px buffer around each tile (the default is 128) is enough to keep the
 * edges that clipping adds out of sight, and each zoom simplifies to 0.75 px (the default is
 * 0.375). Less geometry per tile makes every frame cheaper to draw and each tile quicker to build.
 */
export const OVERLAY_TILING = { buffer: 16, tolerance: 0.75 } as const;
/** The id of the places' source, whose features carry feature-state `hover` and `selected`. */
export const PLACES_SOURCE = 'places';

const PLACE_MARKERS = 'places-circle';
const ARTICLE_PLACE_LABELS = 'places-label';
const CONTEXT_PLACE_LABELS = 'places-context-label';
/** Where a click or hover finds a region: a fill that is never drawn. */
const REGION_HIT_LAYER = 'regions-area';

/** The layers a pointer queries, most specific first: a place wins over the region under it. */
export const CLICKABLE_LAYERS = [
	PLACE_MARKERS,
	ARTICLE_PLACE_LABELS,
	CONTEXT_PLACE_LABELS,
	REGION_HIT_LAYER
] as const;

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isArticlePlace: ExpressionSpecification = ['==', ['get', 'role'], 'article'];

/**
 * The article's oblasts: outlined, with a tint and a bold outline for the ids in `selected`.
 * A translucent fill over three whole oblasts is the costliest thing to draw in software WebGL,
 * so at rest they get no fill at all; `regions-area` is where a click or hover finds a region,
 * and is never drawn (MapLibre skips a fill whose opacity is 0, but still queries it).
 */
function regionLayers(palette: Palette, selected: readonly string[]): OverlayLayer[] {
	const isSelectedRegion = partOf('region', ['in', ['get', 'id'], ['literal', [...selected]]]);
	return [
		{
			id: REGION_HIT_LAYER,
			type: 'fill',
			filter: partOf('region'),
			paint: { 'fill-opacity': 0 }
		},
		{
			id: 'regions-selected-fill',
			type: 'fill',
			filter: isSelectedRegion,
			paint: { 'fill-color': withAlpha(palette.regionSelected, 0.22), 'fill-antialias': false }
		},
		{
			id: 'regions-line',
			type: 'line',
			filter: partOf('region'),
			paint: { 'line-color': palette.regionLine, 'line-width': 1.5 }
		},
		{
			id: 'regions-selected-line',
			type: 'line',
			filter: isSelectedRegion,
			paint: { 'line-color': palette.regionSelected, 'line-width': 3 }
		}
	];
}

/** The occupied area of one DeepStateMap snapshot, with a solid edge so it differs from the
 * gains by more than colour. */
export function occupiedLayers(palette: Palette): OverlayLayer[] {
	const occupied = partOf('frontline', ['==', ['get', 'status'], 'occupied']);
	return [
		{
			id: 'occupied-fill',
			type: 'fill',
			filter: occupied,
			paint: { 'fill-color': palette.occupied, 'fill-opacity': 0.38, 'fill-antialias': false }
		},
		{
			id: 'occupied-line',
			type: 'line',
			filter: occupied,
			paint: { 'line-color': palette.occupiedLine, 'line-width': 1.4 }
		}
	];
}

/** The contested ("grey") area of one DeepStateMap snapshot. */
function contestedLayers(palette: Palette): OverlayLayer[] {
	return [
		{
			id: 'contested-fill',
			type: 'fill',
			filter: partOf('frontline', ['==', ['get', 'status'], 'contested']),
			paint: { 'fill-color': palette.contested, 'fill-opacity': 0.55 }
		}
	];
}

/** The area Russia gained between two snapshots, since `since`: a fill with a dashed edge. */
export function gainLayers(palette: Palette, since: string | null): OverlayLayer[] {
	const fromSince: ExpressionSpecification = ['==', ['get', 'from_date'], since ?? ''];
	return [
		{
			id: 'gain-fill',
			type: 'fill',
			filter: partOf('change', fromSince),
			paint: { 'fill-color': palette.gained, 'fill-opacity': 0.6, 'fill-antialias': false }
		},
		{
			id: 'gain-line',
			type: 'line',
			filter: partOf('change', fromSince),
			paint: { 'line-color': palette.gainedLine, 'line-width': 1.6, 'line-dasharray': [2, 1] }
		}
	];
}

/** Place markers: the article's places bold, context places quieter (hidden unless
 * `showContext`); hover and selection through feature-state. The selected draw on top, then the
 * article's places, so a context place next door never covers them. */
function placeMarkerLayer(
	palette: Palette,
	showContext: boolean,
	selected: readonly string[]
): OverlayLayer {
	return {
		id: PLACE_MARKERS,
		type: 'circle',
		filter: showContext ? ['has', 'id'] : (isArticlePlace as FilterSpecification),
		layout: {
			'circle-sort-key': [
				'case',
				['in', ['get', 'id'], ['literal', [...selected]]],
				2,
				isArticlePlace,
				1,
				0
			]
		},
		paint: {
			'circle-radius': ['case', isSelected, 10, isHovered, 9, isArticlePlace, 7, 4.5],
			'circle-color': [
				'case',
				isSelected,
				palette.selected,
				isArticlePlace,
				palette.place,
				palette.contextPlace
			],
			'circle-stroke-color': palette.placeStroke,
			'circle-stroke-width': ['case', isArticlePlace, 2, 1.2]
		}
	};
}

/** A place-name layer in the reader's language, haloed in the palette's label halo. */
function placeLabel(
	id: string,
	filter: FilterSpecification,
	lang: Lang,
	size: number,
	color: string,
	palette: Palette
): OverlayLayer {
	const layout: SymbolLayerSpecification['layout'] = {
		'text-field': localName(lang),
		'text-font': MEDIUM_FONT,
		'text-size': size,
		'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
		'text-radial-offset': 0.9,
		'text-justify': 'auto'
	};
	return {
		id,
		type: 'symbol',
		filter,
		layout,
		paint: { 'text-color': color, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.6 }
	};
}

/** Context places' names, smaller and lighter than the article's. */
function contextPlaceLabelLayer(palette: Palette, lang: Lang): OverlayLayer {
	const filter: FilterSpecification = ['!', isArticlePlace];
	return placeLabel(CONTEXT_PLACE_LABELS, filter, lang, 12, palette.contextPlace, palette);
}

/** The article's place names; added after the context labels so they win collisions. */
function articlePlaceLabelLayer(palette: Palette, lang: Lang): OverlayLayer {
	const filter = isArticlePlace as FilterSpecification;
	return placeLabel(ARTICLE_PLACE_LABELS, filter, lang, 15, palette.label, palette);
}

/** A layer and whether the legend shows it. */
export interface ShownLayer {
	layer: OverlayLayer;
	visible: boolean;
}

/**
 * Every overlay layer in drawing order: the areas (source {@link OVERLAY_SOURCE}, beneath the
 * basemap's labels) and the places (their own source, on top of everything).
 * @param selected ids drawn as selected
 * @param shown the legend's switches
 * @param gainsSince the date the drawn gains start from (the legend's); other gains are not drawn
 */
export function overlayLayers(
	palette: Palette,
	lang: Lang,
	selected: readonly string[],
	shown: OverlayVisibility,
	gainsSince: string | null = null
): { areas: ShownLayer[]; places: ShownLayer[] } {
	const group = (layers: OverlayLayer[], visible: boolean) =>
		layers.map((layer) => ({ layer, visible }));
	return {
		areas: [
			...group(regionLayers(palette, selected), shown.regions),
			...group(occupiedLayers(palette), shown.occupied),
			...group(contestedLayers(palette), shown.contested),
			...group(gainLayers(palette, gainsSince), shown.gained)
		],
		places: [
			// Context names beneath the markers: a name that runs into a neighbour's marker never covers it.
			{ layer: contextPlaceLabelLayer(palette, lang), visible: shown.context },
			{ layer: placeMarkerLayer(palette, shown.context, selected), visible: true },
			// Last, so the article's names win label collisions against the context places.
			{ layer: articlePlaceLabelLayer(palette, lang), visible: true }
		]
	};
}
