/**
 * Validates a `geodata/` tree held in memory: `{ [path relative to geodata/]: file text }`.
 * Returns one line per error (`<file>: <id>: <field>: <problem>`); an empty array means valid.
 * No file system access here: the CLI (`scripts/validate.ts`) and the tests read the files.
 */
import * as v from 'valibot';
import { gainsFile } from './paths';
import {
	GAINS_LAYER,
	LAYERS,
	META_FILES,
	RECORDS,
	SNAPSHOT_LAYER,
	type LayerSpec
} from './schema/files';
import { SiteSchema } from './schema/stories';
import { errorLine, FILE, issueField, issueProblem } from './validate/format';
import { checkLayer, featureIds } from './validate/layers';
import { checkRecords, objects, stringsOf } from './validate/records';
import {
	checkArticleTexts,
	checkCoverage,
	checkStatementReferences,
	checkUniqueIds
} from './validate/references';
import {
	checkPlaceRecords,
	checkSite,
	checkSnapshotFiles,
	checkStoryReferences
} from './validate/stories';

export { normaliseQuote } from './validate/references';

type Files = Readonly<Record<string, string>>;

export function validateGeodata(files: Files): string[] {
	const parsed = new Map<string, unknown>();
	const errors: string[] = [];
	const parse = (path: string) => {
		const result = parseJson(path, files[path]);
		if (typeof result === 'string') errors.push(result);
		else parsed.set(path, result.json);
	};
	for (const path of [...Object.keys(RECORDS), 'site.json']) parse(path);
	const layers = new Map<string, LayerSpec>(Object.entries(LAYERS));
	for (const path of stringsOf(parsed.get('snapshots.json'), 'file')) {
		layers.set(path, SNAPSHOT_LAYER);
	}
	for (const id of stringsOf(parsed.get('stories.json'), 'id'))
		layers.set(gainsFile(id), GAINS_LAYER);
	for (const path of layers.keys()) parse(path);
	for (const [path, spec] of layers) {
		if (parsed.has(path)) errors.push(...checkLayer(path, parsed.get(path), spec));
	}
	for (const [path, schema] of Object.entries(RECORDS)) {
		if (parsed.has(path)) errors.push(...checkRecords(path, parsed.get(path), schema));
	}
	if (parsed.has('site.json')) errors.push(...checkSiteRecord(parsed.get('site.json')));
	errors.push(...checkReferences(parsed, files));
	return errors;
}

function checkSiteRecord(site: unknown): string[] {
	const result = v.safeParse(SiteSchema, site);
	return result.success
		? []
		: result.issues.map((issue) =>
				errorLine('site.json', FILE, issueField(issue), issueProblem(issue))
			);
}

function parseJson(path: string, text: string | undefined): string | { json: unknown } {
	if (text === undefined) return errorLine(path, FILE, '-', 'missing file');
	try {
		return { json: JSON.parse(text) as unknown };
	} catch (error) {
		return errorLine(path, FILE, '-', `invalid JSON (${(error as Error).message})`);
	}
}

function checkReferences(parsed: ReadonlyMap<string, unknown>, files: Files): string[] {
	const placeIds = featureIds(parsed.get('places.geojson'));
	const regionIds = featureIds(parsed.get('regions.geojson'));
	const articles = parsed.get('stories.json');
	const statements = parsed.get('statements.json');
	const articleTexts = new Map(
		objects(articles).flatMap(({ record }) =>
			typeof record.id === 'string' && typeof record.text === 'string'
				? [[record.id, { path: record.text, text: files[record.text] }] as const]
				: []
		)
	);
	return [
		...checkUniqueIds([
			{ file: 'places.geojson', ids: placeIds },
			{ file: 'regions.geojson', ids: regionIds }
		]),
		...checkUniqueIds([
			{ file: 'basemap/labels.geojson', ids: featureIds(parsed.get('basemap/labels.geojson')) }
		]),
		...['sources.json', 'stories.json', 'snapshots.json', 'places.json', 'statements.json'].flatMap(
			(file) => checkUniqueIds([{ file, ids: stringsOf(parsed.get(file), 'id') }])
		),
		...checkArticleTexts('stories.json', articles, files),
		...checkSnapshotFiles('snapshots.json', parsed.get('snapshots.json'), files),
		...checkPlaceRecords('places.json', parsed.get('places.json'), {
			file: 'places.geojson',
			ids: placeIds
		}),
		...checkStoryReferences('stories.json', articles, {
			cities: new Set(placeIds),
			regions: new Set(regionIds),
			snapshots: new Set(stringsOf(parsed.get('snapshots.json'), 'id')),
			sources: new Set(stringsOf(parsed.get('sources.json'), 'id'))
		}),
		...checkSite('site.json', parsed.get('site.json'), new Set(stringsOf(articles, 'id'))),
		...checkStatementReferences('statements.json', statements, {
			placeIds: new Set([...placeIds, ...regionIds]),
			articleTexts
		}),
		...checkCoverage(
			'sources.json',
			parsed.get('sources.json'),
			Object.keys(files).sort(),
			META_FILES
		)
	];
}
