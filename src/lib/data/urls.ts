/**
 * URLs of the geometry MapLibre fetches at run time. Vite copies each file from `geodata/`
 * into the build with a content hash, so they are cached for good and served from our origin.
 */
import land from '$geodata/basemap/land.geojson?url';
import countries from '$geodata/basemap/countries.geojson?url';
import rivers from '$geodata/basemap/rivers.geojson?url';
import lakes from '$geodata/basemap/lakes.geojson?url';
import urban from '$geodata/basemap/urban.geojson?url';
import oblastLines from '$geodata/basemap/oblast-lines.geojson?url';
import border from '$geodata/basemap/border.geojson?url';
import labels from '$geodata/basemap/labels.geojson?url';
import regions from '$geodata/regions.geojson?url';
import frontlineBefore from '$geodata/frontline/2024-05-09.geojson?url';
import frontlineAfter from '$geodata/frontline/2024-07-24.geojson?url';
import change from '$geodata/frontline/change.geojson?url';
import mapOverlaysBefore from '$geodata/frontline/2024-05-09.geojson?map-overlays';
import mapOverlaysAfter from '$geodata/frontline/2024-07-24.geojson?map-overlays';

export const basemapUrls = { land, countries, rivers, lakes, urban, oblastLines, border, labels };

/** Front-line snapshot dates, oldest first. */
export const SNAPSHOT_DATES = ['2024-05-09', '2024-07-24'] as const;
export type SnapshotDate = (typeof SNAPSHOT_DATES)[number];

/** The overlays' separate files, as the analysis reads them. */
export const analysisUrls = {
	regions,
	change,
	frontline: { '2024-05-09': frontlineBefore, '2024-07-24': frontlineAfter } satisfies Record<
		SnapshotDate,
		string
	>
};

/**
 * What the map draws over its basemap, one file per snapshot: the article's regions, the
 * snapshot's areas and the change, each feature tagged with `overlay` (see
 * scripts/vite/map-overlays-plugin.ts).
 */
export const mapOverlayUrls = {
	'2024-05-09': mapOverlaysBefore,
	'2024-07-24': mapOverlaysAfter
} satisfies Record<SnapshotDate, string>;

/** An absolute URL: MapLibre fetches in a worker, where relative URLs would resolve elsewhere. */
export function absolute(url: string): string {
	return new URL(url, document.baseURI).href;
}
