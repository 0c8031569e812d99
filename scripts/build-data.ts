/**
 * Rebuilds everything derived in `geodata/` (and the glyphs in `static/fonts/`) from the raw
 * sources in `../shared/geodata-sources` (override with env GEODATA_SOURCES).
 *
 *   npm run data              write the files, print sizes
 *   npm run data -- --check   build in memory, list files that differ from the committed ones, exit 1
 *
 * Deterministic: same sources, byte-identical output. The content model (`stories.json`,
 * `places.json`, `snapshots.json`, `site.json`, `sources.json`, `statements.json` and the story
 * texts in `articles/`) is hand-written: read here, never written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature } from 'geojson';
import { gzipSize, stringifyCollection, stringifyJson } from './lib/io';
import {
	buildAdmin,
	buildLabels,
	buildLakes,
	buildLandAndCountries,
	buildRivers,
	buildUrban,
	required
} from './lib/layers';
import { buildGains, buildPlaces, buildSnapshots, readSnapshots } from './lib/story-layers';
import { buildWeeklyGains } from './lib/weekly-gains';
import { MAP_FONTS } from '../src/lib/map/basemap-style';
import { gainsFile } from '../src/lib/data/paths';
import type { PlaceRecord } from '../src/lib/data/schema/places';
import type { Snapshot, Story } from '../src/lib/data/schema/stories';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Hand-written files in geodata/ (the content model) that the build must leave alone. */
const HAND_WRITTEN =
	/^geodata\/(articles\/.*\.txt|(stories|places|snapshots|site|sources|statements)\.json)$/;

/** Output path (relative to the repo root) → file content. */
type Outputs = Map<string, string | Buffer>;

function buildGeodata(root: string, model: string, out: Outputs): void {
	const put = (path: string, features: Feature[]) =>
		out.set(`geodata/${path}`, stringifyCollection(features));
	const read = <T>(file: string) => JSON.parse(readFileSync(join(model, file), 'utf8')) as T;
	const snapshots = read<Snapshot[]>('snapshots.json');
	const raw = readSnapshots(root, snapshots);
	const places = buildPlaces(root, read<PlaceRecord[]>('places.json'), raw);
	put('places.geojson', places);
	const cityAt = (id: string) =>
		required(
			places.find((p) => p.properties.id === id),
			`place ${id}`
		).geometry.coordinates;
	const stories = read<Story[]>('stories.json');
	const admin = buildAdmin(root);
	put('regions.geojson', admin.regions);
	put('basemap/oblast-lines.geojson', admin.oblastLines);
	put('basemap/border.geojson', admin.border);
	buildSnapshots(snapshots, raw).forEach((features, i) => put(snapshots[i]!.file, features));
	const weekly = buildWeeklyGains(root, snapshots, stories, cityAt);
	out.set('geodata/weekly-gains.json', stringifyJson(weekly.table));
	for (const [file, features] of weekly.parts) put(file, features);
	for (const story of stories) {
		put(gainsFile(story.id), buildGains(root, story, snapshots, raw));
	}
	const { land, countries } = buildLandAndCountries(root);
	put('basemap/land.geojson', land);
	put('basemap/countries.geojson', countries);
	put('basemap/rivers.geojson', buildRivers(root));
	put('basemap/lakes.geojson', buildLakes(root));
	put('basemap/urban.geojson', buildUrban(root));
	put('basemap/labels.geojson', buildLabels(root, countries));
}

/** Copies the glyph PBFs of the fonts the map uses, and the font licence, to static/fonts/. */
function buildFonts(root: string, out: Outputs): void {
	const fonts = join(root, 'fonts');
	const used = new Set<string>(MAP_FONTS);
	for (const entry of readdirSync(fonts, { withFileTypes: true }).sort(byName)) {
		if (entry.isFile())
			out.set(`static/fonts/${entry.name}`, readFileSync(join(fonts, entry.name)));
		if (!entry.isDirectory() || !used.has(entry.name)) continue;
		for (const file of readdirSync(join(fonts, entry.name)).sort()) {
			out.set(`static/fonts/${entry.name}/${file}`, readFileSync(join(fonts, entry.name, file)));
		}
	}
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Files under `dir` (repo-relative), recursively. */
function listFiles(dir: string): string[] {
	if (!existsSync(join(REPO, dir))) return [];
	return readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(REPO, join(e.parentPath, e.name)).split('\\').join('/'))
		.sort();
}

/** Paths whose committed content differs from `out`, plus stale files the build no longer makes. */
function differences(out: Outputs): string[] {
	const changed = [...out].flatMap(([path, content]) => {
		const file = join(REPO, path);
		if (!existsSync(file)) return [`${path} (missing)`];
		return readFileSync(file).equals(Buffer.from(content)) ? [] : [`${path} (differs)`];
	});
	const stale = [...listFiles('geodata'), ...listFiles('static/fonts')]
		.filter((path) => !out.has(path) && !HAND_WRITTEN.test(path))
		.map((path) => `${path} (not made by the build)`);
	return [...changed, ...stale];
}

function write(out: Outputs): void {
	for (const [path, content] of out) {
		mkdirSync(dirname(join(REPO, path)), { recursive: true });
		writeFileSync(join(REPO, path), content);
	}
}

function printSizes(out: Outputs): void {
	let total = 0;
	for (const [path, content] of out) {
		if (!path.startsWith('geodata/')) continue;
		const gz = gzipSize(content);
		if (path.endsWith('.geojson')) total += gz;
		console.log(
			`${path.padEnd(40)} ${String(content.length).padStart(8)} B  ${String(gz).padStart(7)} B gzip`
		);
	}
	console.log(`geodata/ GeoJSON: ${(total / 1000).toFixed(1)} kB gzip`);
}

function main(): void {
	const sources = resolve(REPO, process.env.GEODATA_SOURCES ?? '../shared/geodata-sources');
	if (!existsSync(sources)) {
		console.error(
			`npm run data: no sources at ${sources} (set GEODATA_SOURCES); geodata/ is committed, so the app and tests need none`
		);
		process.exit(2);
	}
	const out: Outputs = new Map();
	buildGeodata(sources, join(REPO, 'geodata'), out);
	buildFonts(sources, out);
	if (process.argv.includes('--check')) {
		const diffs = differences(out);
		for (const line of diffs) console.log(line);
		if (diffs.length) {
			console.error(`${diffs.length} file(s) out of date: run npm run data`);
			process.exit(1);
		}
		console.log(`OK: ${out.size} files up to date`);
		return;
	}
	write(out);
	printSizes(out);
	for (const line of differences(out)) console.warn(`warning: ${line}`);
}

main();
