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
import { catalog } from './catalog';
import { basemapUrls, analysisUrls } from './urls';

export type Areas = FeatureCollection<Polygon | MultiPolygon>;

/** A story's geometry: its front at `gains_since` and at publication, and its gains between them. */
export interface AnalysisGeometry {
	before: Areas;
	after: Areas;
	change: Areas;
	border: FeatureCollection<LineString | MultiLineString>;
	regions: Map<string, Feature<Polygon | MultiPolygon>>;
}

async function getJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

const pending = new Map<string, Promise<AnalysisGeometry>>();

/**
 * Loads a story's analysis geometry once; a failed load is forgotten so a retry fetches again.
 * @param storyId a story in the catalog
 */
export function loadGeometry(storyId: string): Promise<AnalysisGeometry> {
	const story = catalog.articles.get(storyId);
	const since = catalog.snapshots.find((s) => s.id === story?.gains_since);
	const at = catalog.frontAt.get(storyId);
	if (!story || !since || !at) return Promise.reject(new Error(`no story "${storyId}"`));
	const known = pending.get(storyId);
	if (known) return known;
	const loading = (async () => {
		const [before, after, change, border, regions] = await Promise.all([
			getJson<Areas>(analysisUrls.snapshot(since)),
			getJson<Areas>(analysisUrls.snapshot(at)),
			getJson<Areas>(analysisUrls.gains(storyId)),
			getJson<AnalysisGeometry['border']>(basemapUrls.border),
			getJson<Areas>(analysisUrls.regions)
		]);
		return {
			before,
			after,
			change,
			border,
			regions: new Map(regions.features.map((f) => [String(f.properties?.id), f]))
		};
	})().catch((error: unknown) => {
		pending.delete(storyId);
		throw error;
	});
	pending.set(storyId, loading);
	return loading;
}

/** Only the occupied polygons of a snapshot (the grey zone is not the front line's far side). */
export function occupiedOf(snapshot: Areas): Areas {
	return {
		type: 'FeatureCollection',
		features: snapshot.features.filter((f) => f.properties?.status === 'occupied')
	};
}
