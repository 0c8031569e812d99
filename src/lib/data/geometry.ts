/**
 * The geometry the analysis needs on the main thread (MapLibre keeps its own copy in its
 * worker): front-line snapshots, their change, the UA–RU border and the article's regions.
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
import { basemapUrls, analysisUrls, SNAPSHOT_DATES, type SnapshotDate } from './urls';

export type Areas = FeatureCollection<Polygon | MultiPolygon>;

export interface AnalysisGeometry {
	frontline: Record<SnapshotDate, Areas>;
	change: Areas;
	border: FeatureCollection<LineString | MultiLineString>;
	regions: Map<string, Feature<Polygon | MultiPolygon>>;
}

async function getJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

let pending: Promise<AnalysisGeometry> | null = null;

/** Loads the analysis geometry once; a failed load is forgotten so a retry fetches again. */
export function loadGeometry(): Promise<AnalysisGeometry> {
	pending ??= (async () => {
		const [before, after, change, border, regions] = await Promise.all([
			getJson<Areas>(analysisUrls.frontline[SNAPSHOT_DATES[0]]),
			getJson<Areas>(analysisUrls.frontline[SNAPSHOT_DATES[1]]),
			getJson<Areas>(analysisUrls.change),
			getJson<AnalysisGeometry['border']>(basemapUrls.border),
			getJson<Areas>(analysisUrls.regions)
		]);
		return {
			frontline: {
				[SNAPSHOT_DATES[0]]: before,
				[SNAPSHOT_DATES[1]]: after
			} as AnalysisGeometry['frontline'],
			change,
			border,
			regions: new Map(regions.features.map((f) => [String(f.properties?.id), f]))
		};
	})().catch((error: unknown) => {
		pending = null;
		throw error;
	});
	return pending;
}

/** Only the occupied polygons of a snapshot (the grey zone is not the front line's far side). */
export function occupiedOf(snapshot: Areas): Areas {
	return {
		type: 'FeatureCollection',
		features: snapshot.features.filter((f) => f.properties?.status === 'occupied')
	};
}
