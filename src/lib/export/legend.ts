/**
 * The legend burned into the exported PNG: the same entries, labels and colours as the legend
 * panel, for the overlays that are switched on. Pure: no DOM, no Svelte, no MapLibre.
 */
import { LEGEND_ENTRIES, legendColor, type OverlayVisibility } from '$lib/map/legend';
import type { Palette } from '$lib/map/palette';
import { t, type Lang } from '$lib/state/i18n';
import type { LegendEntry } from './map-png';

/**
 * Legend entries for the PNG export, in the legend panel's order; overlays that are off are left
 * out (the article's places are always on).
 *
 * @example mapLegend('en', palettes.light, overlays)[0] // { label: 'Places in the article', color: '#1d1b18' }
 */
export function mapLegend(lang: Lang, palette: Palette, visible: OverlayVisibility): LegendEntry[] {
	return LEGEND_ENTRIES.filter((entry) => entry.key === null || visible[entry.key]).map(
		(entry) => ({
			label: t(lang, entry.label),
			color: legendColor(entry, palette),
			...(entry.outline ? { outline: palette[entry.outline] } : {})
		})
	);
}
