/**
 * The bench's baseline: a bare MapLibre map with the app's own basemap style and geodata, and
 * nothing else (no Svelte, no overlays, no panels). `idle-ratio.ts` divides the app's time to
 * idle by this page's. Query: `w`, `h` (container px), `zoom`, `lat`, `lng`.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle, type BasemapUrls } from '$lib/map/basemap-style';
import { palettes } from '$lib/map/palette';
import { basemapUrls } from '$lib/data/urls';

const query = new URLSearchParams(location.search);
const number = (key: string, fallback: number) => Number(query.get(key) ?? fallback);
const container = document.getElementById('map') as HTMLDivElement;
if (query.has('w')) container.style.width = `${number('w', 0)}px`;
if (query.has('h')) container.style.height = `${number('h', 0)}px`;

const absolute = (url: string) => new URL(url, document.baseURI).href;
const urls = Object.fromEntries(
	Object.entries(basemapUrls).map(([id, url]) => [id, absolute(url)])
) as unknown as BasemapUrls;

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
	container,
	style: basemapStyle({
		palette: palettes.light,
		lang: 'en',
		// The app's glyphs, served by the same server at its root.
		glyphs: new URL('/fonts/', location.href).href.concat('{fontstack}/{range}.pbf'),
		urls
	}),
	center: [number('lng', 36.9), number('lat', 49.2)],
	zoom: number('zoom', 7),
	maxZoom: 13,
	minZoom: 3
});
map.once('idle', () => {
	(window as unknown as { __benchIdleAt?: number }).__benchIdleAt = performance.now();
});
