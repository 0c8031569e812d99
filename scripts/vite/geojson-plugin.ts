import bbox from '@turf/bbox';
import { readFile } from 'node:fs/promises';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';

const GEOJSON_QUERY = /\.geojson\?(json|properties)$/;

/**
 * Lets the app import GeoJSON from `geodata/` without shipping geometry it does not need:
 * - `file.geojson?json` is the whole FeatureCollection (for small point layers);
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
			const value =
				match[1] === 'json'
					? collection
					: collection.features.map((feature) => ({
							properties: feature.properties,
							bbox: bbox(feature).map((n) => Math.round(n * 1e4) / 1e4)
						}));
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
		}
	};
}
