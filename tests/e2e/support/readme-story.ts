/**
 * The README's "Adding a story or a place" steps, followed on a copy of `geodata/` for a story
 * pack (`tests/fixtures/third-story/`: the text, the story, source, place and statement records,
 * and in `derived/` what `npm run data` makes for it). Tests run without the geodata sources beside the clone, so step 2's
 * `npm run data` is the pack's `derived/` files, what that command writes for geodata/ with the
 * story added, byte for byte: the story's gains and `weekly-gains.json` with its axes' series (the
 * pack names no new place).
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const GEODATA = join(REPO, 'geodata');
const THIRD_STORY = join(REPO, 'tests/fixtures/third-story');

type JsonRecord = Record<string, unknown> & { id: string; files?: string[] };

const readRecords = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as JsonRecord[];
const writeRecords = (path: string, records: JsonRecord[]) =>
	writeFileSync(path, `${JSON.stringify(records, null, '\t')}\n`);

/** Appends the pack's records of `file` to the target's. */
function appendRecords(target: string, pack: string, file: string): JsonRecord[] {
	const added = readRecords(join(pack, file));
	writeRecords(join(target, file), [...readRecords(join(target, file)), ...added]);
	return added;
}

/**
 * Copies `geodata/` to `target` and adds the pack's story there as the README says; returns the
 * ids of the stories added.
 */
export function addStoryAsReadmeSays(target: string, pack = THIRD_STORY): string[] {
	cpSync(GEODATA, target, { recursive: true });
	// 1. The text in articles/<id>.txt, the story's record, its source (listing the text).
	for (const name of readdirSync(join(pack, 'articles'))) {
		cpSync(join(pack, 'articles', name), join(target, 'articles', name));
	}
	const stories = appendRecords(target, pack, 'stories.json');
	appendRecords(target, pack, 'sources.json');
	// 2. Places, then npm run data; its gains file listed under deepstate and natural-earth.
	appendRecords(target, pack, 'places.json');
	cpSync(join(pack, 'derived'), target, { recursive: true });
	const sources = readRecords(join(target, 'sources.json'));
	for (const source of sources.filter((s) => ['deepstate', 'natural-earth'].includes(s.id))) {
		source.files!.push(...stories.map((story) => `gains/${story.id}.geojson`));
	}
	writeRecords(join(target, 'sources.json'), sources);
	// 3. The statements.
	appendRecords(target, pack, 'statements.json');
	return stories.map((story) => story.id);
}
