/**
 * The geometry the analysis needs on the main thread (MapLibre keeps its own copy in its
 * worker): front-line snapshots, the UA–RU border and the stories' regions.
 * Fetched once from the same hashed URLs the map uses, so the browser cache serves the second read.
 */
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon
} from 'geojson';
import regionsUrl from '$geodata/regions.geojson?url';
import type { Snapshot } from './schema/stories';
import { basemapUrls, urlOf } from './urls';

/** Each snapshot's own file, as the analysis reads it (the map reads it merged, `urls.ts`). */
const snapshotFiles: Record<string, string> = import.meta.glob('$geodata/frontline/**/*.geojson', {
	query: '?url',
	import: 'default',
	eager: true
});

export type Areas = FeatureCollection<Polygon | MultiPolygon>;

/** The geometry the analysis reads besides the snapshots: the UA–RU border and the regions. */
export interface AnalysisGeometry {
	border: FeatureCollection<LineString | MultiLineString>;
	regions: Map<string, Feature<Polygon | MultiPolygon>>;
}

const fetched = new Map<string, Promise<unknown>>();

/** Fetches `url` once; a failed fetch is forgotten so a retry fetches again. */
function getJson<T>(url: string): Promise<T> {
	const known = fetched.get(url);
	if (known) return known as Promise<T>;
	const loading = fetch(url)
		.then((response) => {
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return response.json() as Promise<T>;
		})
		.catch((error: unknown) => {
			fetched.delete(url);
			throw error;
		});
	fetched.set(url, loading);
	return loading;
}

/** A snapshot's areas, loaded once. */
export function loadAreas(snapshot: Snapshot): Promise<Areas> {
	return getJson<Areas>(urlOf(snapshotFiles, snapshot.file));
}

/** The UA–RU border line, loaded once. */
export function loadBorder(): Promise<AnalysisGeometry['border']> {
	return getJson<AnalysisGeometry['border']>(basemapUrls.border);
}

/** The stories' regions by id, loaded once. */
export async function loadRegions(): Promise<AnalysisGeometry['regions']> {
	const regions = await getJson<Areas>(regionsUrl);
	return new Map(regions.features.map((f) => [String(f.properties?.id), f]));
}

/** Only the occupied polygons of a snapshot (the grey zone is not the front line's far side). */
export function occupiedOf(snapshot: Areas): Areas {
	return {
		type: 'FeatureCollection',
		features: snapshot.features.filter((f) => f.properties?.status === 'occupied')
	};
}
