/**
 * Starts downloading the map engine, its worker and the map components, as soon as the page
 * knows it will show a map, rather than when the map component mounts at the end of a chain of
 * imports. The later `import()`s of the same modules reuse these downloads.
 */
export function preloadMap(): void {
	void import('maplibre-gl');
	void import('maplibre-gl/dist/maplibre-gl-worker.mjs?url');
	void import('./MapView.svelte');
}
