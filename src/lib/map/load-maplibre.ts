import type * as MapLibre from 'maplibre-gl';
import maplibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * MapLibre's own self-contained ESM build, as a hashed asset: a page that will show a map at once
 * preloads it from its `<head>` (see routes/+page.svelte), before the app's scripts even start.
 */
export const MAP_ENGINE_URL = maplibreUrl;

let engine: Promise<typeof MapLibre> | null = null;

/**
 * The MapLibre module, loaded once with its stylesheet (Vite resolves a dynamic CSS import once
 * the sheet has loaded, so no map is created unstyled) and its worker URL set. MapLibre 6 loads
 * its worker from a separate file; without `setWorkerUrl` the map never becomes idle.
 * Steps 2 and 3 of README.md, "How the map starts".
 */
export function loadMapEngine(): Promise<typeof MapLibre> {
	engine ??= Promise.all([
		import(/* @vite-ignore */ MAP_ENGINE_URL) as Promise<typeof MapLibre>,
		import('maplibre-gl/dist/maplibre-gl.css')
	]).then(([maplibre]) => {
		maplibre.setWorkerUrl(workerUrl);
		return maplibre;
	});
	return engine;
}
