/**
 * The legend burned into the exported PNG: the same entries, labels and colours as the legend
 * panel, for the overlays that are switched on. Pure: no DOM, no Svelte, no MapLibre.
 */
import type { Palette } from '$lib/map/palette';
import { t, type Lang, type MessageKey } from '$lib/state/i18n';
import type { LegendEntry } from './map-png';

/** Which overlays are switched on (the shape of MapView's `OverlayVisibility`). */
export interface LegendVisibility {
	regions: boolean;
	occupied: boolean;
	contested: boolean;
	gained: boolean;
	context: boolean;
}

/** `alpha` is a hex suffix, as in the legend panel's swatches, so the box matches the map's fills. */
const ENTRIES: {
	key: keyof LegendVisibility | null;
	label: MessageKey;
	color: keyof Palette;
	alpha?: string;
}[] = [
	{ key: null, label: 'legend.places', color: 'place' },
	{ key: 'regions', label: 'legend.regions', color: 'region', alpha: '55' },
	{ key: 'occupied', label: 'legend.occupied', color: 'occupied', alpha: '99' },
	{ key: 'contested', label: 'legend.contested', color: 'contested' },
	{ key: 'gained', label: 'legend.gained', color: 'gained' },
	{ key: 'context', label: 'legend.context', color: 'contextPlace' }
];

/**
 * Legend entries for the PNG export, in the legend panel's order; overlays that are off are left
 * out (the article's places are always on).
 *
 * @example mapLegend('en', palettes.light, overlays)[0] // { label: 'Places in the article', color: '#1d1b18' }
 */
export function mapLegend(lang: Lang, palette: Palette, visible: LegendVisibility): LegendEntry[] {
	return ENTRIES.filter((entry) => entry.key === null || visible[entry.key]).map((entry) => ({
		label: t(lang, entry.label),
		color: `${palette[entry.color]}${entry.alpha ?? ''}`
	}));
}
