/**
 * The bench's baseline: a bare MapLibre map with the app's own basemap style and geodata, and
 * nothing else (no Svelte, no panels). `idle-ratio.ts` divides the app's time to idle by this
 * page's. Query: `w`, `h` (container px), `zoom`, `lat`, `lng`; `overlays=1` adds the app's
 * overlays from the same layer specs, so the bench can split the app's cost into drawing them
 * and everything else.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle, type BasemapUrls } from '$lib/map/basemap-style';
import { palettes } from '$lib/theme/palette';
import { basemapUrls } from '$lib/data/urls';
import { addOverlays } from './overlays';

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
// The app adds its overlays at the same moment.
if (query.get('overlays') === '1') map.once('style.load', () => addOverlays(map, absolute));
map.once('idle', () => {
	(window as unknown as { __benchIdleAt?: number }).__benchIdleAt = performance.now();
});
