/**
 * Validates a `geodata/` tree held in memory: `{ [path relative to geodata/]: file text }`.
 * Returns one line per error (`<file>: <id>: <field>: <problem>`); an empty array means valid.
 * No file system access here: the CLI (`scripts/validate.ts`) and the tests read the files.
 */
import { LAYERS, META_FILES, RECORDS, type LayerSpec } from './schema';
import { errorLine, FILE } from './validate/format';
import { checkLayer, featureIds } from './validate/layers';
import { checkRecords, objects, stringsOf } from './validate/records';
import {
	checkArticleTexts,
	checkCoverage,
	checkStatementReferences,
	checkUniqueIds
} from './validate/references';

export { normaliseQuote } from './validate/references';

type Files = Readonly<Record<string, string>>;

export function validateGeodata(files: Files): string[] {
	const parsed = new Map<string, unknown>();
	const errors: string[] = [];
	const expected = [...Object.keys(LAYERS), ...Object.keys(RECORDS)];
	for (const path of expected) {
		const result = parseJson(path, files[path]);
		if (typeof result === 'string') errors.push(result);
		else parsed.set(path, result.json);
	}
	for (const [path, spec] of Object.entries(LAYERS) as [string, LayerSpec][]) {
		if (parsed.has(path)) errors.push(...checkLayer(path, parsed.get(path), spec));
	}
	for (const [path, schema] of Object.entries(RECORDS)) {
		if (parsed.has(path)) errors.push(...checkRecords(path, parsed.get(path), schema));
	}
	errors.push(...checkReferences(parsed, files));
	return errors;
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
	const articles = parsed.get('articles.json');
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
		...['sources.json', 'articles.json', 'statements.json'].flatMap((file) =>
			checkUniqueIds([{ file, ids: stringsOf(parsed.get(file), 'id') }])
		),
		...checkArticleTexts('articles.json', articles, files),
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
