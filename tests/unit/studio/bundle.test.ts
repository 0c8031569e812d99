import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateGeodata } from '$lib/data/validate';
import { bundleZip, geodataFiles } from '$lib/studio/bundle';
import { readTree } from '../../../scripts/lib/read-tree';
import { BALAKLIIA_RECORD, contentModel, GEODATA, balakliia, reviewedDraft } from './support';

const model = contentModel();
const GAINS = 'gains/studio-test-story.geojson';

describe("the story's files", () => {
	// Copied over geodata/, the bundle is valid except for the story's gains, which `npm run data` derives.
	it('validate with geodata/ but for the gains file npm run data derives', () => {
		const draft = reviewedDraft();
		draft.places.push(balakliia());
		const tree = { ...readTree(GEODATA), ...geodataFiles(draft, model) };
		const errors = validateGeodata(tree);
		expect(errors.length).toBeGreaterThan(0);
		expect(
			errors.filter((line) => !line.includes(`"${GAINS}"`) && !line.startsWith(GAINS))
		).toEqual([]);
	});

	it('leave the files the story does not change byte for byte as they are', () => {
		const files = geodataFiles(reviewedDraft(), model);
		expect(files['places.json']).toBe(readFileSync(join(GEODATA, 'places.json'), 'utf8'));
		const statements = JSON.parse(files['statements.json']!) as { article: string }[];
		expect(statements.filter((s) => s.article === 'studio-test-story')).toHaveLength(
			reviewedDraft().statements.length
		);
	});

	it('zip the content-model files under geodata/, the new places with their coordinates', () => {
		const draft = reviewedDraft();
		const place = balakliia();
		draft.places.push({ ...place, lon: 37.7, lat: 49.6 });
		const zip = unzipSync(bundleZip(draft, model));
		expect(Object.keys(zip).sort()).toEqual([
			'geodata/articles/studio-test-story.txt',
			'geodata/places.json',
			'geodata/sources.json',
			'geodata/statements.json',
			'geodata/stories.json'
		]);
		const places = JSON.parse(strFromU8(zip['geodata/places.json']!));
		expect(places.at(-1)).toEqual({
			...BALAKLIIA_RECORD,
			coordinates: [37.7, 49.6],
			coordinates_note: "set by the editor on the studio's map (marker dragged or edited)"
		});
	});
});
