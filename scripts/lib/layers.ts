/**
 * One function per derived layer of `geodata/`. Each reads from the sources directory and returns
 * features ready to serialise; `build-data.ts` decides where they go.
 */
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiLineString, Point, Position } from 'geojson';
import type {
	Border,
	CountryArea,
	Label,
	Lake,
	OblastLine,
	River
} from '../../src/lib/data/schema/map-features';
import type { Region } from '../../src/lib/data/schema/places';
import {
	cleanArea,
	feature,
	mergeLines,
	positionKeys,
	roundPosition,
	simplifyShared,
	type AreaGeometry,
	type LineGeometry
} from './geometry';
import { readCollection } from './io';
import { COUNTRY_LABELS, OBLASTS, REGIONS, RIVER_NAMES_UK, SEA_LABELS } from './tables';

/**
 * Simplification per layer: Douglas–Peucker tolerance in degrees of latitude (0.001° ≈ 110 m) and
 * coordinate decimals (4 ≈ 11 m, 3 ≈ 110 m). Tuned for zoom 6–10 and a small download.
 */
export const SIMPLIFY = {
	admin: { tolerance: 0.004, decimals: 3 },
	/** Oblast lines that do not touch the article's oblasts. */
	farAdmin: { tolerance: 0.012, decimals: 3 },
	frontline: { tolerance: 0.0012, decimals: 4 },
	land: { tolerance: 0.02, decimals: 3 },
	rivers: { tolerance: 0.012, decimals: 3 },
	lakes: { tolerance: 0.008, decimals: 3 },
	urban: { tolerance: 0.006, decimals: 3 }
} as const;

/** Rings below these areas (degrees², about 7,300 km² per degree² at 49°N) are dropped. */
export const MIN_AREA = { frontline: 2e-6, land: 1e-3, lakes: 2e-3, urban: 1e-3 } as const;

/**
 * Where the article happens (west, south, east, north): minor rivers and small lakes are kept only
 * if they reach into this box, and oblast lines far from it are simplified harder.
 */
const DETAIL_BBOX = [30, 46, 41, 52.5] as const;

/** Rivers of this rank or lower (bigger) are kept everywhere. */
const MAJOR_RIVER_RANK = 9;

/** Rivers the article's map needs whatever their rank. */
const REQUIRED_RIVERS = ['Dnipro', 'Siverskyi Donets', 'Oskil'];

function touchesDetail(geometry: AreaGeometry | LineGeometry): boolean {
	const [west, south, east, north] = DETAIL_BBOX;
	const [w, s, e, n] = bbox(geometry);
	return w <= east && e >= west && s <= north && n >= south;
}

const NO_PROPERTIES: Record<string, never> = {};

export function oblast(iso: string) {
	const row = OBLASTS[iso];
	if (!row) throw new Error(`no oblast row for ISO code ${iso} in scripts/lib/tables.ts`);
	return row;
}

export function required<T>(value: T | null | undefined, what: string): T {
	if (value === null || value === undefined) throw new Error(`nothing left of ${what}`);
	return value;
}

// ---------------------------------------------------------------------------------------------

/**
 * `regions.geojson`, `basemap/oblast-lines.geojson` and `basemap/border.geojson`, simplified
 * together so that oblast fills, oblast lines and the border meet exactly where the data agree.
 */
export function buildAdmin(root: string): {
	regions: Feature<AreaGeometry, Region>[];
	oblastLines: Feature<LineGeometry, OblastLine>[];
	border: Feature<LineGeometry, Border>[];
} {
	const gb = readCollection<AreaGeometry, { id: string }>(root, 'admin/gb_ukraine_admin1.geojson');
	const ne = readCollection<AreaGeometry, { id: string }>(root, 'admin/ne_admin1_ua_ru.geojson');
	const gbLines = readCollection<LineGeometry>(root, 'admin/gb_ukraine_oblast_lines.geojson');
	const neLines = readCollection<LineGeometry, { kind: string }>(
		root,
		'admin/ne_admin1_boundary_lines.geojson'
	);
	const borderLine = readCollection<LineGeometry>(root, 'admin/ua_ru_border_gb.geojson');

	const regionShapes = REGIONS.map(({ iso, file }) => {
		const found = (file === 'gb' ? gb : ne).features.find((f) => f.properties.id === iso);
		if (!found) throw new Error(`no ${iso} in the ${file} admin-1 file`);
		return found.geometry;
	});
	const { decimals } = SIMPLIFY.admin;
	const regionKeys = new Set(regionShapes.flatMap((g) => [...positionKeys(g, decimals)]));
	const touchesRegion = (g: LineGeometry) =>
		[...positionKeys(g, decimals)].some((k) => regionKeys.has(k));
	const nearLines = mergeLines(gbLines.features.map((f) => f.geometry).filter(touchesRegion));
	const farLines = mergeLines(
		gbLines.features.map((f) => f.geometry).filter((g) => !touchesRegion(g))
	);
	const [far] = simplifyShared([farLines], SIMPLIFY.farAdmin.tolerance, SIMPLIFY.farAdmin.decimals);
	const ruLines = mergeLines(
		neLines.features
			.filter((f) => f.properties.kind === 'ru_oblast_boundary')
			.map((f) => f.geometry)
	);
	const border = mergeLines(borderLine.features.map((f) => f.geometry));
	const [near, ru, line, ...shapes] = simplifyShared<AreaGeometry | LineGeometry>(
		[nearLines, ruLines, border, ...regionShapes],
		SIMPLIFY.admin.tolerance,
		SIMPLIFY.admin.decimals
	);

	const regions = REGIONS.map(({ iso, source }, i) => {
		const row = oblast(iso);
		const region: Region = {
			id: row.id,
			name_en: row.name_en,
			name_uk: row.name_uk,
			...(row.name_ru ? { name_ru: row.name_ru } : {}),
			kind: 'oblast',
			role: 'article',
			country: iso.startsWith('RU-') ? 'RU' : 'UA',
			source
		};
		const shape = required(shapes[i] as AreaGeometry | null, row.id);
		return feature(region, required(cleanArea(shape), row.id));
	});
	return {
		regions,
		oblastLines: [
			feature(
				{ kind: 'ua_oblast_boundary' as const },
				mergeLines([required(near as LineGeometry, 'UA lines'), required(far, 'UA lines')])
			),
			feature({ kind: 'ru_oblast_boundary' as const }, required(ru as LineGeometry, 'RU lines'))
		],
		border: [feature({ kind: 'ua_ru_border' as const }, required(line as LineGeometry, 'border'))]
	};
}

// ---------------------------------------------------------------------------------------------

/** `basemap/land.geojson` and `basemap/countries.geojson`, simplified together. */
export function buildLandAndCountries(root: string): {
	land: Feature<AreaGeometry, Record<string, never>>[];
	countries: Feature<AreaGeometry, CountryArea>[];
} {
	const land = readCollection<AreaGeometry>(root, 'basemap/land_region.geojson').features;
	const countries = readCollection<AreaGeometry, CountryArea>(
		root,
		'basemap/countries_region.geojson'
	).features;
	const shapes = simplifyShared(
		[...land, ...countries].map((f) => f.geometry),
		SIMPLIFY.land.tolerance,
		SIMPLIFY.land.decimals
	).map((g) => (g ? cleanArea(g, MIN_AREA.land) : null));
	const landShapes = shapes.slice(0, land.length);
	const countryShapes = shapes.slice(land.length);
	return {
		land: landShapes.flatMap((g) => (g ? [feature(NO_PROPERTIES, g)] : [])),
		countries: countries
			.map((f, i) => ({ f, g: countryShapes[i] }))
			.filter(({ g }) => g)
			.sort((a, b) => a.f.properties.name.localeCompare(b.f.properties.name))
			.map(({ f, g }) =>
				feature({ name: f.properties.name, iso_n3: f.properties.iso_n3 ?? null }, g as AreaGeometry)
			)
	};
}

interface RiverSource {
	name: string | null;
	scalerank: number;
	ne_layer: string;
}

/** Named rivers (merged per name and rank) plus unnamed main-layer centre lines. */
export function buildRivers(root: string): Feature<MultiLineString, River>[] {
	const rivers = readCollection<LineGeometry, RiverSource>(root, 'basemap/rivers_region.geojson');
	const kept = rivers.features.filter(({ properties: p, geometry }) => {
		if (p.name && REQUIRED_RIVERS.includes(p.name)) return true;
		if (p.name === null && p.ne_layer !== 'ne_10m_rivers_lake_centerlines') return false;
		return p.scalerank <= MAJOR_RIVER_RANK || touchesDetail(geometry);
	});
	const groups = new Map<string, { props: River; lines: LineGeometry[] }>();
	for (const f of kept) {
		const { name, scalerank } = f.properties;
		const nameUk = name ? RIVER_NAMES_UK[name] : undefined;
		const props: River = nameUk ? { name, name_uk: nameUk, scalerank } : { name, scalerank };
		const key = JSON.stringify(props);
		const group = groups.get(key) ?? { props, lines: [] };
		group.lines.push(f.geometry);
		groups.set(key, group);
	}
	const sorted = [...groups.values()].sort(
		(a, b) =>
			a.props.scalerank - b.props.scalerank ||
			(a.props.name ?? '').localeCompare(b.props.name ?? '')
	);
	const shapes = simplifyShared(
		sorted.map((g) => mergeLines(g.lines)),
		SIMPLIFY.rivers.tolerance,
		SIMPLIFY.rivers.decimals
	);
	return sorted.flatMap((g, i) => (shapes[i] ? [feature(g.props, shapes[i])] : []));
}

/** Lakes and reservoirs as of 2024: the drained Kakhovka reservoir is left out. */
export function buildLakes(root: string): Feature<AreaGeometry, Lake>[] {
	const lakes = readCollection<
		AreaGeometry,
		{ name: string | null; status: string | null; ne_layer: string }
	>(root, 'basemap/lakes_region.geojson').features.filter(
		({ properties: p, geometry }) =>
			p.status !== 'drained_2023' && (p.ne_layer === 'ne_10m_lakes' || touchesDetail(geometry))
	);
	const shapes = simplifyShared(
		lakes.map((f) => f.geometry),
		SIMPLIFY.lakes.tolerance,
		SIMPLIFY.lakes.decimals
	);
	return lakes.flatMap((f, i) => {
		const g = shapes[i] ? cleanArea(shapes[i], MIN_AREA.lakes) : null;
		return g ? [feature({ name: f.properties.name }, g)] : [];
	});
}

/** Urban areas (NE 50m), crude outlines for context. */
export function buildUrban(root: string): Feature<AreaGeometry, Record<string, never>>[] {
	const urban = readCollection<AreaGeometry>(root, 'basemap/urban_areas_ne50m_region.geojson');
	const shapes = simplifyShared(
		urban.features.map((f) => f.geometry),
		SIMPLIFY.urban.tolerance,
		SIMPLIFY.urban.decimals
	);
	return shapes.flatMap((g) => {
		const clean = g ? cleanArea(g, MIN_AREA.urban) : null;
		return clean ? [feature(NO_PROPERTIES, clean)] : [];
	});
}

/** Country and sea labels; country anchors are checked to lie inside their country. */
export function buildLabels(
	root: string,
	countries: Feature<AreaGeometry, CountryArea>[]
): Feature<Point, Label>[] {
	const countryLabels = COUNTRY_LABELS.map(({ id, country, name_uk, at }) => {
		const shape = countries.find((c) => c.properties.name === country);
		if (!shape || !booleanPointInPolygon(at, shape)) {
			throw new Error(`label ${id}: ${at.join(',')} is not inside ${country}`);
		}
		return label({ id, kind: 'country', name_en: country, name_uk }, at);
	});
	const seas = readCollection<Point, { name: string }>(root, 'basemap/sea_labels.geojson');
	const seaLabels = seas.features.map((f) => {
		const row = SEA_LABELS[f.properties.name];
		if (!row) throw new Error(`no SEA_LABELS row for "${f.properties.name}"`);
		return label(
			{ id: row.id, kind: 'sea', name_en: f.properties.name, name_uk: row.name_uk },
			f.geometry.coordinates
		);
	});
	return [...countryLabels, ...seaLabels];
}

function label(props: Label, at: Position): Feature<Point, Label> {
	return feature(props, { type: 'Point', coordinates: roundPosition(at) });
}
