/**
 * The time-lapse's layers: every week's front and gains from one source
 * ({@link WEEKS_SOURCE}, `weeklyOverlaysUrl`), one set of layers per week, all laid out once. A
 * step shows its week by opacity alone: a paint change redraws a frame from the tiles already
 * built, where a new filter, a hidden layer shown or new data would cut the source's tiles again.
 * MapLibre skips drawing a fill or line whose opacity is 0, so the hidden weeks cost no drawing.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { OverlayVisibility } from '$lib/theme/legend';
import { gainLayers, occupiedLayers, type OverlayLayer, type ShownLayer } from './overlay-layers';
import type { Palette } from '$lib/theme/palette';

/** The id of the map's source for every week of the time-lapse. */
export const WEEKS_SOURCE = 'weeks';
/** A step is instant: no fade between weeks (and none for a reader who asked for reduced motion). */
const INSTANT = { duration: 0, delay: 0 };

/** `layer` for one week only, drawn at its own opacity when `shown`, else at 0. */
function weekLayer(layer: OverlayLayer, week: string, shown: boolean): OverlayLayer {
	const inWeek: ExpressionSpecification = ['==', ['get', 'week'], week];
	const filter = ['all', inWeek, layer.filter] as FilterSpecification;
	const opacity = layer.type === 'fill' ? 'fill-opacity' : 'line-opacity';
	const paint = layer.paint as Record<string, unknown>;
	const drawn = (paint[opacity] as number | undefined) ?? 1;
	return {
		...layer,
		id: `week-${week}-${layer.id}`,
		filter,
		paint: { ...paint, [opacity]: shown ? drawn : 0, [`${opacity}-transition`]: INSTANT }
	} as OverlayLayer;
}

/**
 * Every week's layers, oldest first, with only `week`'s drawn.
 * @param weeks the weekly snapshots' dates, oldest first
 * @param week the date of the week on screen
 * @param shown the legend's switches (the occupied area and the gains)
 */
export function weekLayers(
	palette: Palette,
	weeks: readonly string[],
	week: string,
	shown: OverlayVisibility
): ShownLayer[] {
	return weeks.flatMap((date, i) => {
		const onScreen = date === week;
		const occupied = occupiedLayers(palette).map((l) =>
			weekLayer(l, date, onScreen && shown.occupied)
		);
		const since = i > 0 ? weeks[i - 1]! : null;
		const gains = gainLayers(palette, since).map((l) =>
			weekLayer(l, date, onScreen && shown.gained)
		);
		return [...occupied, ...gains].map((layer) => ({ layer, visible: true }));
	});
}
