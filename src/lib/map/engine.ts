import type * as MapLibre from 'maplibre-gl';

let engine: Promise<typeof MapLibre> | null = null;

/**
 * The MapLibre module, loaded once, with its worker URL set. MapLibre 6 loads its worker from a
 * separate file; without `setWorkerUrl` the map never becomes idle.
 */
export function loadMapEngine(): Promise<typeof MapLibre> {
	engine ??= Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')
	]).then(([maplibre, worker]) => {
		maplibre.setWorkerUrl(worker.default);
		return maplibre;
	});
	return engine;
}
