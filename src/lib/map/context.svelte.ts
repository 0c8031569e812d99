import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';

const MAP_CONTEXT = Symbol('explorer-map');

/** What <ExplorerMap> shares with the layer components inside it. */
export class MapContext {
	/** The MapLibre map once its style has loaded; null before that and after removal. */
	map = $state.raw<MapLibreMap | null>(null);
}

export function setMapContext(context: MapContext): MapContext {
	return setContext(MAP_CONTEXT, context);
}

/** @throws when called outside <ExplorerMap>, the one component that owns the map. */
export function getMapContext(): MapContext {
	const context = getContext<MapContext | undefined>(MAP_CONTEXT);
	if (!context) throw new Error('Map layer components must be inside <ExplorerMap>');
	return context;
}

const SOURCE_CONTEXT = Symbol('explorer-map-source');

/** The id of the enclosing <GeoJsonSource>, so layers need not repeat it. */
export function setSourceContext(sourceId: string): void {
	setContext(SOURCE_CONTEXT, sourceId);
}

/** @throws when called outside <GeoJsonSource>. */
export function getSourceId(): string {
	const sourceId = getContext<string | undefined>(SOURCE_CONTEXT);
	if (!sourceId) throw new Error('Layer components must be inside <GeoJsonSource>');
	return sourceId;
}
