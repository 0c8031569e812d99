import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import type { OverlayPart } from '../../src/lib/map/overlay-layers';
import { gainsFile } from '../../src/lib/data/paths.ts';
import type { Snapshot, Story } from '../../src/lib/data/schema/stories.ts';
import { frontAtPublication } from '../../src/lib/data/stories.ts';

const QUERY = '?map-overlays';
/** On a geodata tree's `regions.geojson`: the URL of {@link mergeWeeklyOverlays}' file. */
const WEEKS_QUERY = '?map-weeks';
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
	// A weekly snapshot also carries the ground gained in the week up to it, for the time-lapse.
	const week = /\/frontline\/weekly\/(\d{4}-\d{2}-\d{2})\.geojson$/.exec(snapshot)?.[1];
	const weekGains = week ? join(root, `gains/weekly/${week}.geojson`) : null;
	if (weekGains && existsSync(weekGains)) gains.push(['change', weekGains]);
	return [['region', join(root, 'regions.geojson')], ['frontline', snapshot], ...gains];
}

/**
 * The one GeoJSON file the map draws over its basemap for a front-line snapshot: the stories'
 * regions (`regions.geojson`), the snapshot's areas, and the gains (`gains/<story>.geojson`) of
 * each story whose front at publication it is, and for a weekly snapshot the week's gains
 * (`gains/weekly/<date>.geojson`), in that drawing order, each feature tagged with `overlay`. The
 * map draws the gains whose `from_date` the legend names.
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

/** Where a weekly snapshot's file sits in a geodata tree; its date is the week's. */
const WEEKLY_FILE = /^frontline\/weekly\/(\d{4}-\d{2}-\d{2})\.geojson$/;

/**
 * The time-lapse's one file: every weekly snapshot's areas (`overlay: 'frontline'`) and the ground
 * gained in the week up to it (`overlay: 'change'`), each feature tagged with the week's date in
 * `week`. The map loads it once, when the reader first shows a week, and switches weeks by
 * showing that week's layers, without cutting tiles again.
 * @param root absolute path of a geodata tree
 */
async function mergeWeeklyOverlays(root: string): Promise<FeatureCollection> {
	const snapshots = JSON.parse(await readFile(join(root, 'snapshots.json'), 'utf8')) as Snapshot[];
	const features: Feature[] = [];
	for (const { file } of snapshots) {
		const week = WEEKLY_FILE.exec(file)?.[1];
		if (!week) continue;
		const gains = join(root, `gains/weekly/${week}.geojson`);
		const parts: [OverlayPart, string][] = [['frontline', join(root, file)]];
		if (existsSync(gains)) parts.push(['change', gains]);
		for (const [overlay, path] of parts) {
			const collection = JSON.parse(await readFile(path, 'utf8')) as FeatureCollection;
			for (const feature of collection.features) {
				features.push({ ...feature, properties: { ...feature.properties, overlay, week } });
			}
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
 * `$geodata/regions.geojson?map-weeks` is the URL of {@link mergeWeeklyOverlays}' file for that tree.
 */
export function mapOverlaysPlugin(): Plugin {
	let serving = false;
	/** Dev only: served path → its merged file. */
	const served = new Map<string, () => Promise<FeatureCollection>>();
	/** The module of a merged file: its URL, served in dev and emitted as an asset by a build. */
	async function urlModule(
		context: { emitFile: (file: { type: 'asset'; name: string; source: string }) => string },
		name: string,
		merge: () => Promise<FeatureCollection>
	): Promise<string> {
		if (serving) {
			served.set(name, merge);
			return `export default ${JSON.stringify(DEV_PREFIX + name)};`;
		}
		const source = JSON.stringify(await merge());
		const reference = context.emitFile({ type: 'asset', name, source });
		return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
	}
	return {
		name: 'frontline-map-overlays',
		enforce: 'pre',
		configResolved(config) {
			serving = config.command === 'serve';
		},
		configureServer(server) {
			server.middlewares.use(DEV_PREFIX, (request, response, next) => {
				const merge = served.get(request.url?.slice(1) ?? '');
				if (!merge) return next();
				merge().then((collection) => {
					response.setHeader('Content-Type', 'application/geo+json');
					response.end(JSON.stringify(collection));
				}, next);
			});
		},
		async load(id) {
			if (id.endsWith(WEEKS_QUERY)) {
				const root = dirname(id.slice(0, -WEEKS_QUERY.length));
				this.addWatchFile(join(root, 'snapshots.json'));
				return urlModule(this, 'weekly-map.geojson', () => mergeWeeklyOverlays(root));
			}
			if (!id.endsWith(QUERY)) return null;
			const snapshot = id.slice(0, -QUERY.length);
			for (const [, file] of overlayFiles(snapshot)) this.addWatchFile(file);
			const stem = snapshot.slice(snapshot.lastIndexOf('/frontline/') + 11, -'.geojson'.length);
			const name = `${stem.replaceAll('/', '-')}-map.geojson`;
			return urlModule(this, name, () => mergeMapOverlays(snapshot));
		}
	};
}
