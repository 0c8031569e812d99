/**
 * What each first frame draws, at build time only (the frames' route prerenders them): the map's
 * own basemap and overlay layer specs over the same GeoJSON MapLibre loads, in a theme and a
 * language, on the snapshot the page opens with, with the frame's selection highlighted.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import placesCollection from '$geodata/places.geojson?points';
import regionsCollection from '$geodata/regions.geojson?json';
import { catalog } from '$lib/data/catalog';
import { gainsFile } from '$lib/data/paths';
import { rangeRing } from '$lib/geo/ruler';
import { legendSnapshot, snapshotFor } from '$lib/story/timeline';
import type { Lang } from '$lib/state/i18n';
import type { Theme } from '$lib/state/url-state';
import { axisAreaLayers, axisCircles, comparedHighlights } from './axis-areas';
import { basemapLayers } from './basemap-style';
import type { FrameDrawing } from './first-frame-svg';
import { CARD_SIZE, frameExtent, frameViews, referenceZoom } from './first-frame-views';
import { ALL_OVERLAYS_SHOWN, drawnOverlays } from '$lib/theme/legend';
import { OVERLAY_SOURCE, overlayLayers, PLACES_SOURCE, type OverlayPart } from './overlay-layers';
import { palettes } from '$lib/theme/palette';

const basemapFiles = import.meta.glob<FeatureCollection>('$geodata/basemap/*.geojson', {
	query: '?json',
	import: 'default',
	eager: true
});
const snapshotFiles = import.meta.glob<FeatureCollection>('$geodata/frontline/**/*.geojson', {
	query: '?json',
	import: 'default',
	eager: true
});
const gainsFiles = import.meta.glob<FeatureCollection>('$geodata/gains/*.geojson', {
	query: '?json',
	import: 'default',
	eager: true
});

/** The collection of `path` (relative to geodata/) among `files`. */
function fileOf(files: Record<string, FeatureCollection>, path: string): FeatureCollection {
	const key = Object.keys(files).find((k) => k.endsWith(`/${path}`));
	if (!key) throw new Error(`first frame: geodata/${path} is not in the build`);
	return files[key]!;
}

/** `…/oblast-lines.geojson` → `oblastLines`, the basemap's source ids (see `basemapUrls`). */
function sourceId(file: string): string {
	const name = file.slice(file.lastIndexOf('/') + 1, -'.geojson'.length);
	return name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

function tagged(collection: FeatureCollection, overlay: OverlayPart): Feature[] {
	return collection.features.map((feature) => ({
		...feature,
		properties: { ...feature.properties, overlay }
	}));
}

/** Features by source id, as the map's sources hold them. */
function sources(): Map<string, Feature[]> {
	// As the map draws it (scripts/vite/map-overlays-plugin.ts): the default view's snapshot, and
	// the gains of each story whose front at publication it is.
	const snapshot = snapshotFor(null, catalog);
	const gains = [...catalog.articles.keys()]
		.filter((id) => catalog.frontAt.get(id) === snapshot)
		.flatMap((id) => tagged(fileOf(gainsFiles, gainsFile(id)), 'change'));
	const byId = new Map<string, Feature[]>();
	for (const [path, collection] of Object.entries(basemapFiles)) {
		byId.set(sourceId(path), collection.features);
	}
	byId.set(OVERLAY_SOURCE, [
		...tagged(regionsCollection, 'region'),
		...tagged(fileOf(snapshotFiles, snapshot.file), 'frontline'),
		...gains
	]);
	byId.set(PLACES_SOURCE, (placesCollection as FeatureCollection).features);
	return byId;
}

/** The default story's axes, which the compare frame draws. */
const comparedAxes = () => catalog.articles.get(catalog.defaultStory)?.axes ?? [];

/** The ids a frame highlights: its place, or the axes' places for the compare view (axis-areas.ts). */
function highlightedIds(frame: string): string[] {
	if (frame === 'compare') return comparedHighlights(comparedAxes(), catalog);
	return frame === 'default' ? [] : [frame];
}

/** The compare frame's axis circles as the map draws them (AxisAreaLayers.svelte); none elsewhere. */
function axisAreas(frame: string): Feature[] {
	if (frame !== 'compare') return [];
	return axisCircles(comparedAxes(), catalog).map(({ center, radiusKm }) =>
		rangeRing(center, radiusKm)
	);
}

/** The drawing of the frame `frame` (an id of {@link frameViews}) in `theme` and `lang`. */
export function frameDrawing(
	frame: string,
	theme: Theme = 'light',
	lang: Lang = 'en'
): FrameDrawing {
	const view = frameViews().get(frame);
	if (!view) throw new Error(`first frame: unknown frame "${frame}"`);
	const palette = palettes[theme];
	const selected = highlightedIds(frame);
	// As MapView draws the page's opening snapshot: its overlays and the gains its legend names.
	const onScreen = legendSnapshot(snapshotFor(null, catalog), catalog);
	const shownOverlays = drawnOverlays(ALL_OVERLAYS_SHOWN, onScreen);
	const overlays = overlayLayers(palette, lang, selected, shownOverlays, onScreen.gainsSince);
	const features = sources();
	const layer = (spec: LayerSpecification, source: string) => ({
		layer: spec,
		features: features.get(source) ?? []
	});
	const shown = (group: typeof overlays.areas, source: string) =>
		group.filter((entry) => entry.visible).map(({ layer: spec }) => layer(spec as never, source));
	const basemap = basemapLayers(palette, lang);
	const labelsFrom = basemap.findIndex((spec) => spec.type === 'symbol');
	return {
		extent: frameExtent(view),
		zoom: referenceZoom(view),
		layers: [
			...basemap
				.slice(0, labelsFrom)
				.map((spec) => layer(spec, 'source' in spec ? spec.source : '')),
			...shown(overlays.areas, OVERLAY_SOURCE),
			...axisAreaLayers(palette).map((spec) => ({
				layer: spec as LayerSpecification,
				features: axisAreas(frame)
			})),
			...basemap.slice(labelsFrom).map((spec) => layer(spec, 'source' in spec ? spec.source : '')),
			...shown(overlays.places, PLACES_SOURCE)
		],
		state: Object.fromEntries(selected.map((id) => [id, { selected: true }]))
	};
}

/**
 * The link-preview card's drawing: the default frame cut to {@link CARD_SIZE} around its view's
 * centre, at the frame's own zoom (the view and some of what lies around it).
 */
export function cardDrawing(): FrameDrawing {
	const drawing = frameDrawing('default');
	const [x, y, width, height] = drawing.extent;
	const scale = 2 ** drawing.zoom;
	const [cardWidth, cardHeight] = [CARD_SIZE.width / scale, CARD_SIZE.height / scale];
	const extent: FrameDrawing['extent'] = [
		x + (width - cardWidth) / 2,
		y + (height - cardHeight) / 2,
		cardWidth,
		cardHeight
	];
	return { ...drawing, extent };
}
