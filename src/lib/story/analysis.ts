/**
 * What the panels show about distance and focus, derived from the catalog and the geometry with
 * the functions in `$lib/geo`. Pure; the components only format the results.
 */
import type { Entity } from '$lib/data/catalog';
import { occupiedOf, type AnalysisGeometry, type Areas } from '$lib/data/geometry';
import {
	distanceKm,
	distanceToAreaKm,
	distanceToLineKm,
	frontShiftKm,
	type AreaDistance,
	type FrontShift
} from '$lib/geo';

export interface PlaceDistances {
	/** Great-circle km to every other article city, nearest first. */
	toPlaces: { id: string; km: number }[];
	/** km to the Russia–Ukraine border line. */
	borderKm: number;
	/** Distance to the occupied area on the chosen snapshot; null when the snapshot is empty. */
	front: AreaDistance | null;
	/** How the distance to the occupied area changed from the snapshot before; null on the first. */
	shift: FrontShift | null;
}

/**
 * Distances from a city to the other article cities, the border and the front line of the
 * snapshot on screen (`after`), and the front's shift since the snapshot before it (`before`).
 */
export function placeDistances(
	place: Entity,
	cities: Entity[],
	border: AnalysisGeometry['border'],
	after: Areas,
	before: Areas | null
): PlaceDistances {
	const [shown, earlier] = [occupiedOf(after), before && occupiedOf(before)];
	return {
		toPlaces: cities
			.filter((city) => city.id !== place.id)
			.map((city) => ({ id: city.id, km: distanceKm(place.coordinates, city.coordinates) }))
			.sort((a, b) => a.km - b.km),
		borderKm: distanceToLineKm(place.coordinates, border),
		front: distanceToAreaKm(place.coordinates, shown),
		shift: earlier ? frontShiftKm(place.coordinates, earlier, shown) : null
	};
}
