/**
 * Rebuilds the small geo test inputs in `tests/fixtures/geo/in/` from the shared source data.
 * Run: `npm run fixtures:geo` (GEODATA_SOURCES overrides the source folder,
 * default `../shared/geodata-sources` next to the repo). Re-runnable; output is deterministic.
 * It checks that clipping did not change any answer the tests rely on, and fails loudly if it did.
 */
import { bbox } from '@turf/bbox';
import { bboxClip } from '@turf/bbox-clip';
import type {
	BBox,
	Feature,
	FeatureCollection,
	GeoJsonProperties,
	Geometry,
	LineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { areaInsideKm2, distanceToAreaKm, distanceToLineKm } from '../src/lib/geo';
import type { Snapshot } from '../src/lib/data/schema/stories';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = resolve(repo, process.env.GEODATA_SOURCES ?? '../shared/geodata-sources');
const out = resolve(repo, 'tests/fixtures/geo/in');
/** The two DeepState snapshots with the grey zone (`geodata/snapshots.json`), oldest first. */
const [before, after] = (
	JSON.parse(readFileSync(resolve(repo, 'geodata/snapshots.json'), 'utf8')) as Snapshot[]
)
	.filter((s) => s.grey_zone)
	.sort((a, b) => a.date.localeCompare(b.date));
if (!before || !after) throw new Error('geodata/snapshots.json: expected two grey-zone snapshots');

/** Window around the article's two fronts (Kharkiv–Vovchansk and Pokrovsk–Chasiv Yar). */
const FRONT_WINDOW: BBox = [35.8, 47.85, 38.4, 50.75];
/** Window around the UA–RU border north of Kharkiv. */
const BORDER_WINDOW: BBox = [35.6, 49.9, 37.8, 50.9];
/** Cities the tests use: the article's seven plus context near the two fronts. */
const CITY_NAMES = [
	'Kharkiv',
	'Vovchansk',
	'Lyptsi',
	'Strilecha',
	'Sloviansk',
	'Pokrovsk',
	'Belgorod',
	'Kupiansk',
	'Chasiv Yar',
	'Toretsk',
	'Myrnohrad',
	'Ocheretyne',
	'Shebekino'
];

type Polygonal = Polygon | MultiPolygon;

const read = <G extends Geometry>(path: string): FeatureCollection<G> =>
	JSON.parse(readFileSync(resolve(sources, path), 'utf8')) as FeatureCollection<G>;

const kebab = (name: string): string =>
	name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** Writes a FeatureCollection with one feature per line, so diffs stay readable. */
function write(name: string, collection: FeatureCollection, attribution: string): void {
	const lines = collection.features.map((feature) => JSON.stringify(feature));
	const text = `{"type":"FeatureCollection","attribution":${JSON.stringify(attribution)},"features":[\n${lines.join(',\n')}\n]}\n`;
	writeFileSync(resolve(out, name), text);
	console.log(`${name}: ${(text.length / 1024).toFixed(1)} kB`);
}

function clipPolygons(
	collection: FeatureCollection<Polygonal>,
	window: BBox,
	properties: (feature: Feature<Polygonal>) => GeoJsonProperties
): FeatureCollection<Polygonal> {
	const features: Feature<Polygonal>[] = [];
	for (const feature of collection.features) {
		const clipped = bboxClip(feature, window).geometry as Polygonal;
		// bboxClip leaves empty parts and degenerate rings behind: drop them (valid GeoJSON only).
		const parts = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates)
			.map((rings) => rings.filter((ring) => ring.length >= 4))
			.filter((rings) => rings.length > 0);
		if (parts.length === 0) continue;
		const geometry: Polygonal =
			parts.length === 1
				? { type: 'Polygon', coordinates: parts[0] as Position[][] }
				: { type: 'MultiPolygon', coordinates: parts };
		features.push({ type: 'Feature', geometry, properties: properties(feature) });
	}
	return { type: 'FeatureCollection', features };
}

function assertClose(label: string, actual: number, expected: number, tolerance = 1e-9): void {
	if (!(Math.abs(actual - expected) <= tolerance)) {
		throw new Error(`${label}: clipped fixture gives ${actual}, full source gives ${expected}`);
	}
}

mkdirSync(out, { recursive: true });

// Cities: GeoNames points with the DeepState status the source computed for each point.
const cities = read<Point>('places/cities.geojson');
const cityFeatures = CITY_NAMES.map((name) => {
	const feature = cities.features.find((f) => f.properties?.name_en === name);
	if (!feature) throw new Error(`city ${name} not in places/cities.geojson`);
	const p = feature.properties ?? {};
	return {
		type: 'Feature',
		geometry: feature.geometry,
		properties: {
			id: kebab(name),
			name_en: name,
			role: p.role,
			country: p.country,
			oblast_id: p.oblast_id,
			deepstate_2024_05_09: p.deepstate_2024_05_09,
			deepstate_2024_07_24: p.deepstate_2024_07_24
		}
	} satisfies Feature<Point>;
});
write(
	'cities.geojson',
	{ type: 'FeatureCollection', features: cityFeatures },
	'GeoNames (CC BY 4.0); status fields © DeepStateMap.live'
);

// Occupied territory on both dates, clipped to the front window.
for (const { date, input } of [before, after]) {
	const full = read<Polygonal>(input);
	const occupied: FeatureCollection<Polygonal> = {
		type: 'FeatureCollection',
		features: full.features.filter((f) => f.properties?.status === 'occupied')
	};
	const clipped = clipPolygons(occupied, FRONT_WINDOW, () => ({
		status: 'occupied',
		date,
		clip_bbox: FRONT_WINDOW
	}));
	for (const city of cityFeatures.filter((c) => c.properties.country === 'UA')) {
		const a = distanceToAreaKm(city.geometry.coordinates, clipped);
		const b = distanceToAreaKm(city.geometry.coordinates, occupied);
		assertClose(`${city.properties.id} ${date}`, a?.km ?? NaN, b?.km ?? NaN);
		if (a?.inside !== b?.inside) throw new Error(`${city.properties.id} ${date}: inside differs`);
	}
	write(`frontline_${date}.geojson`, clipped, '© DeepStateMap.live (occupied area, clipped)');
}

// The UA–RU border north of Kharkiv.
const border = read<LineString>('admin/ua_ru_border_gb.geojson');
const borderClipped: FeatureCollection = {
	type: 'FeatureCollection',
	features: border.features.map((f) => ({
		...bboxClip(f, BORDER_WINDOW),
		properties: { kind: f.properties?.kind, clip_bbox: BORDER_WINDOW }
	}))
};
for (const id of ['kharkiv', 'vovchansk', 'lyptsi', 'strilecha', 'belgorod', 'shebekino']) {
	const city = cityFeatures.find((c) => c.properties.id === id) as Feature<Point>;
	assertClose(
		`border ${id}`,
		distanceToLineKm(city.geometry.coordinates, borderClipped as FeatureCollection<LineString>),
		distanceToLineKm(city.geometry.coordinates, border)
	);
}
write(
	'border_kharkiv.geojson',
	borderClipped,
	'© OpenStreetMap contributors (via geoBoundaries), ODbL-1.0'
);

// Russian gains between the two snapshots and the two oblasts, clipped to the gains' extent.
const span = `${before.date}_to_${after.date}`;
const gains = read<Polygonal>(`frontline/deepstate_change_${span}.geojson`);
const gainsSlim: FeatureCollection<Polygonal> = {
	type: 'FeatureCollection',
	features: gains.features.map((f) => ({
		type: 'Feature',
		geometry: f.geometry,
		properties: {
			change: f.properties?.change,
			oblast_id: f.properties?.oblast_id,
			area_km2: f.properties?.area_km2
		}
	}))
};
write(`gains_${span}.geojson`, gainsSlim, '© DeepStateMap.live (derived change)');

const oblasts = read<Polygonal>('admin/gb_ukraine_admin1.geojson');
const oblastFeatures = ['UA-63', 'UA-14'].map((id) => {
	const oblast = oblasts.features.find((f) => f.properties?.id === id);
	if (!oblast) throw new Error(`oblast ${id} not in admin/gb_ukraine_admin1.geojson`);
	const [w, s, e, n] = bbox(oblast);
	const near = gainsSlim.features
		.map((f) => bbox(f))
		.filter(([fw, fs, fe, fn]) => fw <= e && fe >= w && fs <= n && fn >= s);
	const margin = 0.02;
	const window: BBox = [
		Math.min(...near.map((b) => b[0])) - margin,
		Math.min(...near.map((b) => b[1])) - margin,
		Math.max(...near.map((b) => b[2])) + margin,
		Math.max(...near.map((b) => b[3])) + margin
	];
	const clipped = {
		...bboxClip(oblast, window),
		properties: {
			id,
			name_en: oblast.properties?.name_en,
			clip_bbox: window.map((v) => Math.round(v * 1e5) / 1e5)
		}
	} as Feature<Polygonal>;
	assertClose(
		`areaInsideKm2 ${id}`,
		areaInsideKm2(gainsSlim, clipped),
		areaInsideKm2(gainsSlim, oblast),
		1e-6
	);
	return clipped;
});
write(
	'oblasts_kharkiv_donetsk.geojson',
	{ type: 'FeatureCollection', features: oblastFeatures },
	'© OpenStreetMap contributors (via geoBoundaries), ODbL-1.0 (clipped to the gains extent)'
);
