/**
 * The ground the compare view's figures measure, as the map draws it. An axis with `within_km` is
 * measured inside the circle of that radius around its main city (src/lib/geo/sector.ts), so the
 * map draws that circle and leaves its oblasts untinted: a whole oblast would show fronts the
 * figures leave out (Kharkiv Oblast holds both the northern offensive and Kupiansk). An axis
 * measured on whole oblasts keeps their tint (the selected regions of overlay-layers.ts).
 */
import type { Position } from 'geojson';
import type { Catalog } from '$lib/data/catalog';
import type { Axis } from '$lib/data/schema/stories';
import { formatWholeKm, t, type Lang } from '$lib/state/i18n';
import type { OverlayLayer } from './overlay-layers';
import { withAlpha, type Palette } from '$lib/theme/palette';

/** The id of the axis circles' source. */
export const AXIS_AREA_SOURCE = 'axis-areas';

/** An axis measured within a circle: the axis, its main city's point and the radius in km. */
export interface AxisCircle {
	axis: Axis;
	center: Position;
	radiusKm: number;
}

/** The axes of `axes` measured within a circle, each with its main city's point in `catalog`. */
export function axisCircles(axes: readonly Axis[], catalog: Catalog): AxisCircle[] {
	return axes.flatMap((axis) => {
		const center = catalog.byId.get(axis.main_city)?.coordinates;
		return axis.within_km !== undefined && center
			? [{ axis, center, radiusKm: axis.within_km }]
			: [];
	});
}

/**
 * The places the compare view highlights: each axis's places, but not the oblasts of an axis
 * measured within a circle (the circle shows its ground instead).
 */
export function comparedHighlights(axes: readonly Axis[], catalog: Catalog): string[] {
	return axes.flatMap((axis) =>
		axis.within_km === undefined
			? axis.places
			: axis.places.filter((id) => catalog.byId.get(id)?.kind !== 'oblast')
	);
}

/** The legend's words for each circle, e.g. "Kharkiv axis: ground within 75 km of Kharkiv". */
export function axisCircleLabels(circles: readonly AxisCircle[], lang: Lang, catalog: Catalog) {
	return circles.map(({ axis, radiusKm }) =>
		t(lang, 'compare.groundCircle', {
			axis: axis.name[lang],
			km: formatWholeKm(lang, radiusKm),
			city: catalog.byId.get(axis.main_city)?.names[lang] ?? axis.main_city
		})
	);
}

/** The circles tinted like a selected oblast, with a solid edge, beneath the labels. */
export function axisAreaLayers(palette: Palette): OverlayLayer[] {
	return [
		{
			id: 'axis-area-fill',
			type: 'fill',
			paint: { 'fill-color': withAlpha(palette.regionSelected, 0.22), 'fill-antialias': false }
		},
		{
			id: 'axis-area-line',
			type: 'line',
			paint: { 'line-color': palette.regionSelected, 'line-width': 2 }
		}
	];
}
