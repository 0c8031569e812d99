/**
 * The app's overlays on the baseline map, as the explorer's MapView adds them: the same
 * sources, the same layer specs (`$lib/map/overlay-layers`), in the same order, on the first
 * load (light theme, English, snapshot of the article's date, nothing selected).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import placesCollection from '$geodata/places.geojson?points';
import { FIRST_LABEL_LAYER } from '$lib/map/basemap-style';
import { ALL_OVERLAYS_SHOWN } from '$lib/theme/legend';
import {
	OVERLAY_SOURCE,
	OVERLAY_TILING,
	overlayLayers,
	PLACES_SOURCE,
	type ShownLayer
} from '$lib/map/overlay-layers';
import { palettes } from '$lib/theme/palette';
import { catalog } from '$lib/data/catalog';
import { mapOverlayUrl } from '$lib/data/urls';

export function addOverlays(map: MapLibreMap, absolute: (url: string) => string): void {
	const { areas, places } = overlayLayers(palettes.light, 'en', [], ALL_OVERLAYS_SHOWN);
	const add = (source: string, layers: ShownLayer[], beforeId?: string) => {
		for (const { layer } of layers) map.addLayer({ ...layer, source } as never, beforeId);
	};
	map.addSource(OVERLAY_SOURCE, {
		type: 'geojson',
		data: absolute(mapOverlayUrl(catalog.frontAt.get(catalog.defaultStory)!)),
		...OVERLAY_TILING
	});
	add(OVERLAY_SOURCE, areas, FIRST_LABEL_LAYER);
	map.addSource(PLACES_SOURCE, {
		type: 'geojson',
		data: placesCollection as FeatureCollection,
		promoteId: 'id'
	});
	add(PLACES_SOURCE, places);
}
