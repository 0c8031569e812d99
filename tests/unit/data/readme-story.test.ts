import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateGeodata } from '$lib/data/validate';
import { readTree } from '../../../scripts/lib/read-tree';
import { addStoryAsReadmeSays } from '../../e2e/support/readme-story';

let dir: string | null = null;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = null;
});

describe("the README's steps for adding a story", () => {
	// Followed literally on a copy of geodata/, they leave a tree that npm run validate accepts.
	it('end in a valid geodata tree with a third story', () => {
		dir = join(mkdtempSync(join(tmpdir(), 'readme-story-')), 'geodata');
		expect(addStoryAsReadmeSays(dir)).toEqual(['fx-2024-08-toretsk-vovchansk']);
		const files = readTree(dir);
		expect(validateGeodata(files)).toEqual([]);
		const stories = JSON.parse(files['stories.json']!) as { id: string }[];
		expect(stories.map((s) => s.id)).toHaveLength(3);
	});

	// The pack's derived weekly-gains.json is what npm run data wrote for geodata/ plus the story: it
	// must be today's geodata/weekly-gains.json with only the story's axes added, or it is stale.
	it("stand in for npm run data with today's weekly series plus the story's axes", () => {
		const read = (path: string) =>
			JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
				axes: { story: string }[];
			};
		const derived = read('../../fixtures/third-story/derived/weekly-gains.json');
		const today = read('../../../geodata/weekly-gains.json');
		const added = derived.axes.filter((a) => a.story === 'fx-2024-08-toretsk-vovchansk');
		expect(added.map((a) => (a as { axis?: string }).axis)).toEqual([
			'kharkiv',
			'pokrovsk',
			'toretsk'
		]);
		expect({ ...derived, axes: derived.axes.filter((a) => !added.includes(a)) }).toEqual(today);
	});

	// Step 2 matters: without the gains file npm run data derives, the tree is invalid.
	it('are not valid without the gains file of step 2', () => {
		dir = join(mkdtempSync(join(tmpdir(), 'readme-story-')), 'geodata');
		addStoryAsReadmeSays(dir);
		const files = readTree(dir);
		delete files['gains/fx-2024-08-toretsk-vovchansk.geojson'];
		expect(validateGeodata(files)).toContain(
			'gains/fx-2024-08-toretsk-vovchansk.geojson: (file): -: missing file'
		);
	});
});
