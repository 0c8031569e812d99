/**
 * Typed loaders for the geo test inputs (`tests/fixtures/geo/in/`, rebuilt by `npm run fixtures:geo`, scripts/build-geo-fixtures.ts).
 * Each call parses the file again, so tests never share mutable fixtures.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { AreaCollection, PlacePoint } from '$lib/geo';
import { loadInput } from './golden';

/** A city from the fixture, flattened for the geo functions. */
export interface City extends PlacePoint {
	name: string;
	country: 'UA' | 'RU';
	/** `article` for the seven places the article names, `context` otherwise. */
	role: string;
	/** DeepState status of the GeoNames point, computed upstream by the data source. */
	status: Record<
		'2024-05-09' | '2024-07-24',
		'occupied' | 'contested' | 'ukrainian_controlled' | null
	>;
}

export const DATES = ['2024-05-09', '2024-07-24'] as const;

export function loadCities(): City[] {
	return loadInput<Point>('cities').features.map(({ geometry, properties }) => {
		const p = properties ?? {};
		return {
			id: String(p.id),
			name: String(p.name_en),
			country: p.country as City['country'],
			role: String(p.role),
			coordinates: geometry.coordinates,
			status: { '2024-05-09': p.deepstate_2024_05_09, '2024-07-24': p.deepstate_2024_07_24 }
		};
	});
}

export function city(id: string): City {
	const found = loadCities().find((c) => c.id === id);
	if (!found) throw new Error(`no city ${id} in the fixture`);
	return found;
}

/** Occupied territory (DeepState) on a date, clipped to the article's fronts. */
export const loadFront = (date: (typeof DATES)[number]): AreaCollection =>
	loadInput<Polygon | MultiPolygon>(`frontline_${date}`);

/** The UA–RU border north of Kharkiv (geoBoundaries). */
export const loadBorder = (): FeatureCollection<LineString> =>
	loadInput<LineString>('border_kharkiv');

/** Russian gains 2024-05-09 → 2024-07-24 (DeepState change polygons). */
export const loadGains = (): AreaCollection =>
	loadInput<Polygon | MultiPolygon>('gains_2024-05-09_to_2024-07-24');

/** A geoBoundaries oblast (UA-63 Kharkiv, UA-14 Donetsk), clipped to the gains' extent. */
export function loadOblast(id: 'UA-63' | 'UA-14'): Feature<Polygon | MultiPolygon> {
	const found = loadInput<Polygon | MultiPolygon>('oblasts_kharkiv_donetsk').features.find(
		(f) => f.properties?.id === id
	);
	if (!found) throw new Error(`no oblast ${id} in the fixture`);
	return found;
}
