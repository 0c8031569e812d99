/**
 * How the map frames a selection (a place, a region, both axes), in one place: the camera of the
 * map that opens on a selection (create-map.ts), the ease to a new one (SelectionCamera.svelte) and
 * the first frame drawn at build time (first-frame-views.ts) all use it.
 */
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { catalog } from '$lib/data/catalog';
import { unionOfBoxes } from '$lib/geo/bounds';
import type { View } from '$lib/state/url-state';
import type { Bounds } from './first-frame';
import { framePadding, type Box } from './frame-padding';

/** Padding around the default view's bounds, in px. */
export const DEFAULT_PADDING = 24;
/** Padding around a selection's bounds on a wide screen, in px. */
export const SELECTION_PADDING = 32;
/** A selected city is shown at this zoom, or closer if the map already is. */
export const PLACE_ZOOM = 8;

/** The places the compare view frames: every axis of a story (default: the site's default story). */
function comparedPlaces(storyId: string = catalog.defaultStory): string[] {
	return catalog.articles.get(storyId)?.axes.flatMap((axis) => axis.places) ?? [];
}

/**
 * What the map frames for a selection: the compared axes' places when comparing, else the place;
 * null for none.
 */
export function selectionBounds(
	place: string | null,
	view: View,
	compared: string[] = comparedPlaces()
): Bounds | null {
	const ids = view === 'compare' ? compared : place ? [place] : [];
	const boxes = ids.flatMap((id) => {
		const box = catalog.byId.get(id)?.bbox;
		return box ? [box] : [];
	});
	return unionOfBoxes(boxes);
}

/** On phones the statement panel is a bottom sheet over the lower half of the map. */
function selectionPadding(map: MapLibreMap): number | PaddingOptions {
	if (!matchMedia('(max-width: 600px)').matches) return SELECTION_PADDING;
	const bottom = Math.round(map.getContainer().clientHeight * 0.45);
	return { top: 24, right: 24, left: 24, bottom };
}

/** What covers the map: MapLibre's controls and any element marked `data-map-overlay`. */
const OBSTACLES = '.maplibregl-ctrl, [data-map-overlay]';

/** Padding that keeps a framed view clear of whatever covers the map now (see frame-padding.ts). */
export function coveredPadding(map: MapLibreMap): PaddingOptions {
	const canvas = map.getCanvas().getBoundingClientRect();
	const boxes: Box[] = [...document.querySelectorAll(OBSTACLES)].map((element) => {
		const rect = element.getBoundingClientRect();
		return {
			left: rect.left - canvas.left,
			top: rect.top - canvas.top,
			right: rect.right - canvas.left,
			bottom: rect.bottom - canvas.top
		};
	});
	return framePadding({ width: canvas.width, height: canvas.height }, boxes);
}

/**
 * Moves the camera to a selection: a city's point at {@link PLACE_ZOOM} or closer, an area fitted.
 * @param animate ease there (a reader's click) or jump (the view a page opens with)
 * @param padding default: the symmetric padding the first frames are drawn with (a bottom sheet's on phones)
 */
export function frameSelection(
	map: MapLibreMap,
	bounds: Bounds,
	animate: boolean,
	padding: number | PaddingOptions = selectionPadding(map)
): void {
	const [west, south, east, north] = bounds;
	const point = west === east && south === north;
	// fitBounds, unlike easeTo, does not keep the padding: the map's centre stays the canvas's centre.
	map.fitBounds(
		[
			[west, south],
			[east, north]
		],
		{ padding, animate, ...(point ? { maxZoom: Math.max(map.getZoom(), PLACE_ZOOM) } : {}) }
	);
}
