import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import type { OverlayPart } from '../../src/lib/map/overlay-layers';
import { gainsFile, type Snapshot, type Story } from '../../src/lib/data/schema.ts';
import { frontAtPublication } from '../../src/lib/data/stories.ts';

const QUERY = '?map-overlays';
/** Where `vite dev` serves the merged files; a build emits them as hashed assets instead. */
const DEV_PREFIX = '/@frontline-map-overlays/';

/** The files merged for a snapshot, in drawing order. */
function overlayFiles(snapshot: string): [OverlayPart, string][] {
	const at = snapshot.lastIndexOf('/frontline/');
	if (at < 0) throw new Error(`${snapshot}: not a geodata/frontline/ file`);
	const root = snapshot.slice(0, at);
	const read = <T>(file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
	const snapshots = read<Snapshot[]>('snapshots.json');
	const gains = read<Story[]>('stories.json')
		.filter((story) => join(root, frontAtPublication(story, snapshots).file) === snapshot)
		.map((story): [OverlayPart, string] => ['change', join(root, gainsFile(story.id))]);
	return [['region', join(root, 'regions.geojson')], ['frontline', snapshot], ...gains];
}

/**
 * The one GeoJSON file the map draws over its basemap for a front-line snapshot: the stories'
 * regions (`regions.geojson`), the snapshot's areas, and the gains (`gains/<story>.geojson`) of
 * each story whose front at publication it is, in that drawing order, each feature tagged with
 * `overlay`.
 * @param snapshot absolute path of a snapshot's file (`frontline/….geojson`) in a geodata tree
 */
export async function mergeMapOverlays(snapshot: string): Promise<FeatureCollection> {
	const features: Feature[] = [];
	for (const [overlay, file] of overlayFiles(snapshot)) {
		const collection = JSON.parse(await readFile(file, 'utf8')) as FeatureCollection;
		for (const feature of collection.features) {
			features.push({ ...feature, properties: { ...feature.properties, overlay } });
		}
	}
	return { type: 'FeatureCollection', features };
}

/**
 * `import url from '$geodata/frontline/<snapshot>.geojson?map-overlays'` is the URL of
 * {@link mergeMapOverlays}' file for that snapshot. The map draws all its areas from this one
 * source: MapLibre draws its tiles' clipping masks into the stencil buffer again for every source
 * it switches to in a frame, a pass over the whole map. The files in `geodata/` stay as they are
 * (the analysis reads them one by one); the merge is derived at build time.
 */
export function mapOverlaysPlugin(): Plugin {
	let serving = false;
	/** Dev only: served path → snapshot file. */
	const served = new Map<string, string>();
	return {
		name: 'frontline-map-overlays',
		enforce: 'pre',
		configResolved(config) {
			serving = config.command === 'serve';
		},
		configureServer(server) {
			server.middlewares.use(DEV_PREFIX, (request, response, next) => {
				const snapshot = served.get(request.url?.slice(1) ?? '');
				if (!snapshot) return next();
				mergeMapOverlays(snapshot).then((collection) => {
					response.setHeader('Content-Type', 'application/geo+json');
					response.end(JSON.stringify(collection));
				}, next);
			});
		},
		async load(id) {
			if (!id.endsWith(QUERY)) return null;
			const snapshot = id.slice(0, -QUERY.length);
			for (const [, file] of overlayFiles(snapshot)) this.addWatchFile(file);
			const stem = snapshot.slice(snapshot.lastIndexOf('/frontline/') + 11, -'.geojson'.length);
			const name = `${stem.replaceAll('/', '-')}-map.geojson`;
			if (serving) {
				served.set(name, snapshot);
				return `export default ${JSON.stringify(DEV_PREFIX + name)};`;
			}
			const collection = await mergeMapOverlays(snapshot);
			const reference = this.emitFile({ type: 'asset', name, source: JSON.stringify(collection) });
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		}
	};
}
