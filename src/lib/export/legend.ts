/**
 * The legend burned into the exported PNG: the same entries, labels and colours as the legend
 * panel, for the overlays that are switched on. Pure: no DOM, no Svelte, no MapLibre.
 */
import {
	legendEntries,
	type LegendEntry,
	type LegendSnapshot,
	type OverlayVisibility
} from '$lib/theme/legend';
import type { Palette } from '$lib/theme/palette';
import type { Lang } from '$lib/state/i18n';

/**
 * Legend entries for the PNG export, in the legend panel's order, labelled with the snapshot on
 * screen; overlays that are off or not drawn on that date are left out, and the selection's
 * colour while nothing is selected (the article's places are always on); the compare view's axis
 * circles (`axisCircles`, in words) close it, as in the panel.
 *
 * @example mapLegend('en', palettes.light, overlays, nineMay, false)[0] // { label: 'Places in the article', color: '#1d1b18' }
 */
export function mapLegend(
	lang: Lang,
	palette: Palette,
	visible: OverlayVisibility,
	snapshot: LegendSnapshot,
	selection: boolean,
	axisCircles: readonly string[] = []
): LegendEntry[] {
	return legendEntries(lang, palette, snapshot, selection, axisCircles).filter(
		(entry) => entry.key === null || visible[entry.key]
	);
}
