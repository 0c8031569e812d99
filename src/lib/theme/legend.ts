/**
 * What each overlay colour means: one table for the legend panel and the exported PNG, so the
 * two cannot drift apart. Colours are palette keys (with an optional hex alpha suffix, matching
 * the map's fill opacity); `shape` says how a swatch draws it.
 */
import { formatDate, t, type Lang, type MessageKey } from '$lib/state/i18n';
import { withAlpha, type Palette } from './palette';

/** Which overlays the legend has switched on. */
export interface OverlayVisibility {
	regions: boolean;
	occupied: boolean;
	contested: boolean;
	gained: boolean;
	context: boolean;
}

/** Every overlay switched on: how the legend starts. */
export const ALL_OVERLAYS_SHOWN: Readonly<OverlayVisibility> = {
	regions: true,
	occupied: true,
	contested: true,
	gained: true,
	context: true
};

/** A filled swatch: a dot (places), a box, or a box with a dashed edge (the gains, so they
 * differ from the occupied area by more than colour). */
interface FilledSwatch {
	shape: 'dot' | 'box' | 'dashed';
	color: keyof Palette;
	alpha?: string;
	/** Outline colour of the swatch, as the map draws the overlay's edge. */
	outline?: keyof Palette;
}

/** An empty box with a solid edge: the article's regions, outlined on the map. */
interface OutlineSwatch {
	shape: 'outline';
	outline: keyof Palette;
}

type LegendSpec = {
	/** The overlay the entry switches; null for the article's places, which are always shown. */
	key: keyof OverlayVisibility | null;
	label: MessageKey;
} & (FilledSwatch | OutlineSwatch);

/** A legend entry as the legend panel and the exported PNG draw it. */
export interface LegendEntry {
	/** The overlay the entry switches; null for the article's places, which are always shown. */
	key: keyof OverlayVisibility | null;
	/** In the reader's language, naming the snapshot it explains. */
	label: string;
	/** How the swatch draws it: a dot, a filled box, an empty outlined box, a dashed-edged box. */
	shape: LegendSpec['shape'];
	/** Fill colour (any CSS colour, alpha included); transparent for an outline. */
	color: string;
	/** The swatch's edge colour, as the map draws the overlay's edge; absent for none. */
	outline?: string;
}

const LEGEND_SPECS: readonly LegendSpec[] = [
	{ key: null, label: 'legend.places', color: 'place', shape: 'dot' },
	{ key: null, label: 'legend.selected', color: 'selected', shape: 'dot' },
	{
		key: 'regions',
		label: 'legend.regions',
		outline: 'regionLine',
		shape: 'outline'
	},
	{
		key: 'occupied',
		label: 'legend.occupied',
		color: 'occupied',
		alpha: '99',
		outline: 'occupiedLine',
		shape: 'box'
	},
	{ key: 'contested', label: 'legend.contested', color: 'contested', shape: 'box' },
	{
		key: 'gained',
		label: 'legend.gained',
		color: 'gained',
		alpha: '99',
		outline: 'gainedLine',
		shape: 'dashed'
	},
	{ key: 'context', label: 'legend.context', color: 'contextPlace', shape: 'dot' }
];

/** The entry's fill colour in a palette, alpha included; transparent for an outline. */
function legendColor(entry: LegendSpec, palette: Palette): string {
	if (entry.shape === 'outline') return 'transparent';
	return `${palette[entry.color]}${entry.alpha ?? ''}`;
}

/** The snapshot on screen, as far as the legend explains it (see `legendSnapshot` in story/timeline). */
export interface LegendSnapshot {
	date: string;
	/** The snapshot maps a grey zone (the weekly series does not). */
	greyZone: boolean;
	/** Where the gains drawn on it start; null when no gains are drawn on it. */
	gainsSince: string | null;
}

/** Whether the map can draw `key`'s overlay on `snapshot` at all. */
function existsOn(key: LegendSpec['key'], snapshot: LegendSnapshot): boolean {
	if (key === 'gained') return snapshot.gainsSince !== null;
	if (key === 'contested') return snapshot.greyZone;
	return true;
}

/** The overlays the map draws on `snapshot`: those switched on that exist on that date. */
export function drawnOverlays(
	switched: OverlayVisibility,
	snapshot: LegendSnapshot
): OverlayVisibility {
	return {
		...switched,
		gained: switched.gained && existsOn('gained', snapshot),
		contested: switched.contested && existsOn('contested', snapshot)
	};
}

/**
 * The legend's entries on `snapshot`, in `lang` and `palette`: an overlay the map cannot draw on
 * that date is not listed, nor the selection's colour while nothing is selected. The compare
 * view's axis circles (axis-areas.ts) follow, one entry each, tinted as the map tints them.
 *
 * @example legendEntries('en', palettes.light, { date: '2024-05-09', greyZone: true, gainsSince: null }, false)[2]?.label // 'Occupied by Russia, 9 May 2024'
 */
export function legendEntries(
	lang: Lang,
	palette: Palette,
	snapshot: LegendSnapshot,
	selection: boolean,
	axisCircles: readonly string[] = []
): LegendEntry[] {
	const params = {
		date: formatDate(lang, snapshot.date),
		since: snapshot.gainsSince ? formatDate(lang, snapshot.gainsSince) : ''
	};
	const overlays = LEGEND_SPECS.filter(
		(spec) => existsOn(spec.key, snapshot) && (spec.label !== 'legend.selected' || selection)
	).map((spec) => ({
		key: spec.key,
		label: t(lang, spec.label, params),
		shape: spec.shape,
		color: legendColor(spec, palette),
		...(spec.outline ? { outline: palette[spec.outline] } : {})
	}));
	const circles = axisCircles.map((label) => ({
		key: null,
		label,
		shape: 'box' as const,
		color: withAlpha(palette.regionSelected, 0.22),
		outline: palette.regionSelected
	}));
	return [...overlays, ...circles];
}
