/**
 * The layers `geodata/`'s content model asks for: the places it lists (with GeoNames points and
 * their control on every snapshot), every snapshot in `snapshots.json`, and each story's gains
 * from `gains_since` to its front at publication.
 */
import { area } from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { difference } from '@turf/difference';
import { intersect } from '@turf/intersect';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Change, Frontline } from '../../src/lib/data/schema/map-features';
import type { Place, PlaceRecord } from '../../src/lib/data/schema/places';
import type { Snapshot, Story } from '../../src/lib/data/schema/stories';
import { frontAtPublication } from '../../src/lib/data/stories';
import { cleanArea, feature, roundPosition, simplifyShared, type AreaGeometry } from './geometry';
import { readCollection } from './io';
import { MIN_AREA, SIMPLIFY, oblast, required } from './layers';
import { OBLASTS } from './tables';

type Area = Feature<AreaGeometry, { status?: string }>;

/** Gained parts smaller than this are redrawing noise (the weekly series' SOURCES.md, step 3). */
const MIN_GAIN_KM2 = 0.5;

interface CityProperties {
	name_en: string;
	name_local: string;
	country: 'UA' | 'RU';
	oblast_id: string;
	population: number | null;
	geonames_id: string | null;
}

/** The raw occupied and contested areas of each snapshot, by id. */
export function readSnapshots(root: string, snapshots: Snapshot[]): Map<string, Area[]> {
	return new Map(
		snapshots.map((s) => [s.id, readCollection<AreaGeometry>(root, s.input).features as Area[]])
	);
}

function statusAt(point: Point, areas: Area[]): Place['control'][string] {
	const hit = areas.find((a) => booleanPointInPolygon(point, a.geometry));
	if (!hit) return 'ukrainian_controlled';
	return hit.properties.status === 'contested' ? 'contested' : 'occupied';
}

/** The country and oblast row (`scripts/lib/tables.ts`) of an oblast id. */
function oblastById(id: string) {
	const entry = Object.entries(OBLASTS).find(([, row]) => row.id === id);
	if (!entry) throw new Error(`no oblast row with id ${id} in scripts/lib/tables.ts`);
	const [iso, row] = entry;
	return { country: iso.startsWith('RU-') ? ('RU' as const) : ('UA' as const), area: row };
}

/** Where a place is and what the sources say of it: its GeoNames entry, else its own record. */
function locate(row: PlaceRecord, cities: Feature<Point, CityProperties>[]) {
	const city = cities.find((c) =>
		row.geonames_id === null
			? c.properties.name_en === row.name_en
			: Number(c.properties.geonames_id) === row.geonames_id
	);
	if (city) {
		const area = oblast(city.properties.oblast_id);
		if (area.id !== row.oblast) {
			throw new Error(`places.json: ${row.id}: oblast: the source puts it in ${area.id}`);
		}
		const { name_en, country, population } = city.properties;
		return { point: city.geometry, name_en, country, population, area };
	}
	if (!row.coordinates) {
		throw new Error(
			`places.json: ${row.id}: not in places/cities.geojson and no coordinates in places.json`
		);
	}
	const point: Point = { type: 'Point', coordinates: row.coordinates };
	return { point, name_en: row.name_en, population: null, ...oblastById(row.oblast) };
}

/**
 * `places.geojson`: each record of `places.json` with its point (GeoNames', or the record's own
 * `coordinates` when the extract lacks the place) and DeepState status.
 */
export function buildPlaces(
	root: string,
	records: PlaceRecord[],
	raw: Map<string, Area[]>
): Feature<Point, Place>[] {
	const cities = readCollection<Point, CityProperties>(root, 'places/cities.geojson').features;
	return records.map((row) => {
		const { point, name_en, country, population, area } = locate(row, cities);
		const control =
			country === 'UA'
				? Object.fromEntries([...raw].map(([id, areas]) => [id, statusAt(point, areas)]))
				: {};
		const place: Place = {
			id: row.id,
			name_en,
			name_uk: row.name_uk,
			...(row.name_ru ? { name_ru: row.name_ru } : {}),
			kind: 'city',
			role: row.role,
			country,
			oblast_id: area.id,
			oblast_en: area.name_en,
			oblast_uk: area.name_uk,
			control,
			population
		};
		return feature(place, { type: 'Point', coordinates: roundPosition(point.coordinates) });
	});
}

/** Every snapshot's areas, simplified together so shared edges stay shared. */
export function buildSnapshots(
	snapshots: Snapshot[],
	raw: Map<string, Area[]>
): Feature<AreaGeometry, Frontline>[][] {
	const all = snapshots.map((s) => required(raw.get(s.id), s.id));
	const simplified = simplifyShared(
		all.flat().map((f) => f.geometry),
		SIMPLIFY.frontline.tolerance,
		SIMPLIFY.frontline.decimals
	);
	let next = 0;
	return all.map((features, i) =>
		features.flatMap((f) => {
			const shape = simplified[next++];
			const geometry = shape ? cleanArea(shape, MIN_AREA.frontline) : null;
			const status = f.properties.status === 'contested' ? 'contested' : 'occupied';
			return geometry ? [feature({ status, date: snapshots[i]!.date }, geometry)] : [];
		})
	);
}

/** The occupied (not contested) parts of a snapshot as one feature; null when there are none. */
function occupied(areas: Area[]): Feature<MultiPolygon> | null {
	const polygons = areas
		.filter((a) => a.properties.status !== 'contested')
		.flatMap((a) =>
			a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates
		);
	return polygons.length ? feature({}, { type: 'MultiPolygon', coordinates: polygons }) : null;
}

/**
 * A story's gains: the occupied area at publication minus the one at `gains_since`, split into
 * parts, parts under 0.5 km² dropped, each part given to the oblast (`admin/ne_admin1_ua_ru`)
 * holding most of it.
 */
export function buildGains(
	root: string,
	story: Story,
	snapshots: Snapshot[],
	raw: Map<string, Area[]>
): Feature<AreaGeometry, Change>[] {
	const from = required(
		snapshots.find((s) => s.id === story.gains_since),
		story.gains_since
	);
	const to = frontAtPublication(story, snapshots);
	const [before, after] = [from, to].map((s) => occupied(required(raw.get(s.id), s.id)));
	if (!before || !after) return [];
	const gained = difference(featureCollection([after, before]));
	if (!gained) return [];
	const admin = readCollection<Polygon | MultiPolygon, { id: string }>(
		root,
		'admin/ne_admin1_ua_ru.geojson'
	).features;
	const parts =
		gained.geometry.type === 'Polygon'
			? [gained.geometry.coordinates]
			: gained.geometry.coordinates;
	return parts.flatMap((coordinates) => {
		const part = feature({}, { type: 'Polygon', coordinates } as Polygon);
		const km2 = area(part) / 1e6;
		if (km2 < MIN_GAIN_KM2) return [];
		const inside = admin.map((a) => {
			const overlap = intersect(featureCollection([part, a]));
			return overlap ? area(overlap) : 0;
		});
		const best = admin[inside.indexOf(Math.max(...inside))]!;
		const props: Change = {
			change: 'russian_gain',
			area_km2: Math.round(km2 * 100) / 100,
			oblast_id: oblast(best.properties.id).id,
			from_date: from.date,
			to_date: to.date
		};
		const [shape] = simplifyShared([part.geometry], 0, 5);
		return [feature(props, required(shape && cleanArea(shape), `gains of ${story.id}`))];
	});
}
