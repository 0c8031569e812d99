/**
 * URLs of the geometry MapLibre fetches at run time. Vite copies each file from `geodata/`
 * into the build with a content hash, so they are cached for good and served from our origin.
 * Only URLs are bundled: a snapshot's geometry is fetched when the reader first needs it.
 */
import land from '$geodata/basemap/land.geojson?url';
import countries from '$geodata/basemap/countries.geojson?url';
import rivers from '$geodata/basemap/rivers.geojson?url';
import lakes from '$geodata/basemap/lakes.geojson?url';
import urban from '$geodata/basemap/urban.geojson?url';
import oblastLines from '$geodata/basemap/oblast-lines.geojson?url';
import border from '$geodata/basemap/border.geojson?url';
import labels from '$geodata/basemap/labels.geojson?url';
import type { Snapshot } from './schema/stories';

export const basemapUrls = { land, countries, rivers, lakes, urban, oblastLines, border, labels };

const overlayFiles: Record<string, string> = import.meta.glob('$geodata/frontline/**/*.geojson', {
	query: '?map-overlays',
	import: 'default',
	eager: true
});

/** The URL of `path` (relative to geodata/) among `files` (an eager `import.meta.glob`). */
export function urlOf(files: Record<string, string>, path: string): string {
	const key = Object.keys(files).find((k) => k.endsWith(`/${path}`));
	if (!key) throw new Error(`geodata/${path} is not in the build`);
	return files[key]!;
}

/**
 * What the map draws over its basemap for a snapshot, in one file: the stories' regions, the
 * snapshot's areas and the gains of every story whose front at publication it is, each feature
 * tagged with `overlay` (see scripts/vite/map-overlays-plugin.ts).
 */
export function mapOverlayUrl(snapshot: Snapshot): string {
	return urlOf(overlayFiles, snapshot.file);
}

const weeklyFiles: Record<string, string> = import.meta.glob('$geodata/regions.geojson', {
	query: '?map-weeks',
	import: 'default',
	eager: true
});

/**
 * The time-lapse's one file: every weekly snapshot's areas and the week's gains, each feature
 * tagged with its week's date in `week` (see scripts/vite/map-overlays-plugin.ts). Only its URL is
 * bundled: the map fetches it when the reader first shows a week.
 */
export const weeklyOverlaysUrl = urlOf(weeklyFiles, 'regions.geojson');

/** An absolute URL: MapLibre fetches in a worker, where relative URLs would resolve elsewhere. */
export function absolute(url: string): string {
	return new URL(url, document.baseURI).href;
}
