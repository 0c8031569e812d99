import { loadMapEngine } from './engine';

/**
 * Starts downloading the map engine, its worker and the map components as soon as the page knows
 * it will show a map, instead of when the map component mounts at the end of a chain of imports.
 * `prewarm` starts MapLibre's workers (and so the worker file's download) before any map exists.
 */
export function preloadMap(): void {
	loadMapEngine()
		.then((maplibre) => maplibre.prewarm())
		.catch(() => {
			// The map component reports the failure when it loads the engine itself.
		});
	void import('./MapView.svelte');
}
