import { catalog } from '$lib/data/catalog';
import { absolute, basemapUrls } from '$lib/data/urls';
import { t, type Lang } from '$lib/state/i18n';
import type { Camera } from '$lib/state/camera-hash';
import type { Theme } from '$lib/state/url-state';
import { basemapStyle, type BasemapUrls } from './basemap-style';
import type { MapSettings } from './create-map';
import type { Bounds } from './first-frame';
import { palettes } from '$lib/theme/palette';

/** Both axes of the article, from Belgorod in the north to Pokrovsk in the south. */
export const BOTH_AXES: [[number, number], [number, number]] = [
	[35.3, 47.9],
	[38.6, 50.9]
];

/** What the explorer's map starts from: the reader's view of the page. */
export interface ExplorerView {
	theme: Theme;
	lang: Lang;
	camera: Camera | null;
	/** What the map opens framed on when `camera` is null: a selection's bounds, or null. */
	selection: Bounds | null;
	embedded: boolean;
	showZoomControls: boolean;
}

/** The explorer's map settings: the offline basemap in the reader's theme and language. */
export function explorerMapSettings(view: ExplorerView): MapSettings {
	const urls = Object.fromEntries(
		Object.entries(basemapUrls).map(([id, url]) => [id, absolute(url)])
	) as unknown as BasemapUrls;
	return {
		style: basemapStyle({
			palette: palettes[view.theme],
			lang: view.lang,
			glyphs: absolute('/fonts/').concat('{fontstack}/{range}.pbf'),
			urls
		}),
		camera: view.camera,
		selection: view.selection,
		fallbackBounds: BOTH_AXES,
		label: t(view.lang, 'map.label'),
		attribution: catalog.sources.map((source) => source.attribution),
		cooperativeGestures: view.embedded,
		showZoomControls: view.showZoomControls
	};
}
