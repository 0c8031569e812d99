import bbox from '@turf/bbox';
import { readFile } from 'node:fs/promises';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';

const GEOJSON_QUERY = /\.geojson\?(json|points|control|properties)$/;

/** What each query makes of a FeatureCollection. */
const VIEWS = {
	json: (collection: FeatureCollection) => collection,
	points: (collection: FeatureCollection): FeatureCollection => ({
		...collection,
		features: collection.features.map((feature) => {
			// eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose
			const { control, ...properties } = feature.properties ?? {};
			return { ...feature, properties };
		})
	}),
	control: (collection: FeatureCollection) =>
		Object.fromEntries(
			collection.features.map((feature) => [feature.properties?.id, feature.properties?.control])
		),
	properties: (collection: FeatureCollection) =>
		collection.features.map((feature) => ({
			properties: feature.properties,
			bbox: bbox(feature).map((n) => Math.round(n * 1e4) / 1e4)
		}))
};

/**
 * Lets the app import GeoJSON from `geodata/` without shipping geometry it does not need:
 * - `file.geojson?json` is the whole FeatureCollection (for small point layers);
 * - `file.geojson?points` is the same without each feature's `control` (its status on every
 *   front-line snapshot), which only a place's panel and the exports read;
 * - `file.geojson?control` is that `control`, by feature id;
 * - `file.geojson?properties` is `{ properties, bbox }[]`, one per feature, with no geometry.
 * Plain `?url` imports (handled by Vite) are used for geometry that MapLibre fetches at run time.
 */
export function geojsonPlugin(): Plugin {
	return {
		name: 'frontline-geojson',
		enforce: 'pre',
		async load(id) {
			const match = GEOJSON_QUERY.exec(id);
			if (!match) return null;
			const file = id.slice(0, id.indexOf('?'));
			this.addWatchFile(file);
			const collection = JSON.parse(await readFile(file, 'utf8')) as FeatureCollection;
			const value = VIEWS[match[1] as keyof typeof VIEWS](collection);
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
		}
	};
}
