/**
 * The app's overlays on the baseline map, as the explorer's map components add them: the same
 * sources, the same layer specs (`$lib/map/overlay-layers`), in the same order, on the first
 * load (light theme, English, snapshot of the article's date, nothing selected).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import placesCollection from '$geodata/places.geojson?json';
import { FIRST_LABEL_LAYER } from '$lib/map/basemap-style';
import {
	articlePlaceLabelLayer,
	contestedLayers,
	contextPlaceLabelLayer,
	gainLayers,
	occupiedLayers,
	placeMarkerLayer,
	regionLayers,
	type OverlayLayer
} from '$lib/map/overlay-layers';
import { palettes } from '$lib/map/palette';
import { overlayUrls } from '$lib/data/urls';

export function addOverlays(map: MapLibreMap, absolute: (url: string) => string): void {
	const palette = palettes.light;
	const add = (source: string, layers: OverlayLayer[], beforeId?: string) => {
		for (const layer of layers) map.addLayer({ ...layer, source } as never, beforeId);
	};
	map.addSource('regions', {
		type: 'geojson',
		data: absolute(overlayUrls.regions),
		promoteId: 'id'
	});
	add('regions', regionLayers(palette, []), FIRST_LABEL_LAYER);
	map.addSource('frontline', {
		type: 'geojson',
		data: absolute(overlayUrls.frontline['2024-07-24'])
	});
	add('frontline', [...occupiedLayers(palette), ...contestedLayers(palette)], FIRST_LABEL_LAYER);
	map.addSource('change', { type: 'geojson', data: absolute(overlayUrls.change) });
	add('change', gainLayers(palette), FIRST_LABEL_LAYER);
	map.addSource('places', {
		type: 'geojson',
		data: placesCollection as FeatureCollection,
		promoteId: 'id'
	});
	add('places', [
		placeMarkerLayer(palette, true),
		contextPlaceLabelLayer(palette, 'en'),
		articlePlaceLabelLayer(palette, 'en')
	]);
}
