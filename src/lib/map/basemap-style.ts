import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/state/i18n';
import type { Palette } from '$lib/theme/palette';

/** Absolute URLs of the basemap GeoJSON files, all on the app's own origin. */
export interface BasemapUrls {
	land: string;
	countries: string;
	rivers: string;
	lakes: string;
	urban: string;
	oblastLines: string;
	border: string;
	labels: string;
}

/** The map's one font: the first view loads a single glyph range (0–255 in English, and
 * Cyrillic only for Ukrainian names), not one per font. */
export const MEDIUM_FONT = ['Noto Sans Medium'];
/** Every font the map draws with; `npm run data` ships the glyphs of these only. */
export const MAP_FONTS = [...MEDIUM_FONT];

/** The id of the first label layer: overlays go beneath it so labels stay on top. */
export const FIRST_LABEL_LAYER = 'river-label';

/** Basemap symbol layers whose text follows the reader's language. */
export const BASEMAP_LABEL_LAYERS = [FIRST_LABEL_LAYER, 'sea-label', 'country-label'];

const UKRAINE_ISO_N3 = '804';
const RUSSIA_ISO_N3 = '643';

/** A label in the reader's language, falling back to English where a name is missing. */
export function localName(lang: Lang): ExpressionSpecification {
	return lang === 'uk'
		? ['coalesce', ['get', 'name_uk'], ['get', 'name_en'], ['get', 'name']]
		: ['coalesce', ['get', 'name_en'], ['get', 'name']];
}

/** Basemap layers in drawing order. Their paint depends only on the palette. */
export function basemapLayers(palette: Palette, lang: Lang): LayerSpecification[] {
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': palette.sea } },
		{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': palette.land } },
		{
			id: 'countries-fill',
			type: 'fill',
			source: 'countries',
			paint: {
				'fill-color': [
					'match',
					['get', 'iso_n3'],
					UKRAINE_ISO_N3,
					palette.ukraine,
					RUSSIA_ISO_N3,
					palette.russia,
					palette.land
				]
			}
		},
		{
			id: 'urban',
			type: 'fill',
			source: 'urban',
			minzoom: 6,
			paint: { 'fill-color': palette.urban }
		},
		{ id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': palette.water } },
		{
			id: 'rivers',
			type: 'line',
			source: 'rivers',
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': palette.water,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.6, 11, 3]
			}
		},
		{
			id: 'oblast-lines',
			type: 'line',
			source: 'oblastLines',
			paint: {
				'line-color': palette.oblastLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 9, 1.2],
				'line-dasharray': [3, 2]
			}
		},
		{
			id: 'country-lines',
			type: 'line',
			source: 'countries',
			paint: { 'line-color': palette.countryLine, 'line-width': 0.8 }
		},
		{
			id: 'ua-ru-border',
			type: 'line',
			source: 'border',
			paint: {
				'line-color': palette.border,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 9, 2.2]
			}
		},
		{
			id: FIRST_LABEL_LAYER,
			type: 'symbol',
			source: 'rivers',
			minzoom: 7,
			filter: ['has', 'name'],
			layout: {
				'symbol-placement': 'line',
				'text-field': localName(lang),
				'text-font': MEDIUM_FONT,
				'text-size': 11
			},
			paint: {
				'text-color': palette.seaLabel,
				'text-halo-color': palette.labelHalo,
				'text-halo-width': 1
			}
		},
		{
			id: 'sea-label',
			type: 'symbol',
			source: 'labels',
			filter: ['==', ['get', 'kind'], 'sea'],
			layout: {
				'text-field': localName(lang),
				'text-font': MEDIUM_FONT,
				'text-size': 13,
				'text-letter-spacing': 0.1
			},
			paint: { 'text-color': palette.seaLabel }
		},
		{
			id: 'country-label',
			type: 'symbol',
			source: 'labels',
			filter: ['==', ['get', 'kind'], 'country'],
			layout: {
				'text-field': localName(lang),
				'text-font': MEDIUM_FONT,
				'text-size': ['interpolate', ['linear'], ['zoom'], 4, 12, 8, 18],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.2
			},
			paint: {
				'text-color': palette.label,
				'text-opacity': 0.7,
				'text-halo-color': palette.labelHalo,
				'text-halo-width': 1.2
			}
		}
	];
}

/**
 * The offline basemap: GeoJSON from the app's origin and local glyph PBFs, no tiles, no keys.
 * @param glyphs absolute glyph URL template ending in `{fontstack}/{range}.pbf`.
 */
export function basemapStyle(options: {
	palette: Palette;
	lang: Lang;
	glyphs: string;
	urls: BasemapUrls;
}): StyleSpecification {
	const { palette, lang, glyphs, urls } = options;
	const sources: StyleSpecification['sources'] = {};
	for (const [id, url] of Object.entries(urls)) {
		sources[id] = { type: 'geojson', data: url };
	}
	return { version: 8, glyphs, sources, layers: basemapLayers(palette, lang) };
}
