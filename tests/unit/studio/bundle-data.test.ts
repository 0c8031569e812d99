/**
 * The studio's bundle through the scripts' path: unzipped over a copy of `geodata/`, then the step
 * of `npm run data` that makes `places.geojson` (the real `buildPlaces`, on a copy of the GeoNames
 * extract in `tests/fixtures/geonames-extract/`), then `npm run validate`'s checks.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Point } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlaceRecord } from '$lib/data/schema/places';
import type { Snapshot, Story } from '$lib/data/schema/stories';
import { frontAtPublication } from '$lib/data/stories';
import { validateGeodata } from '$lib/data/validate';
import { bundleZip } from '$lib/studio/bundle';
import { readCollection, stringifyCollection } from '../../../scripts/lib/io';
import { readTree } from '../../../scripts/lib/read-tree';
import { buildPlaces } from '../../../scripts/lib/story-layers';
import { BALAKLIIA_RECORD, balakliia, contentModel, GEODATA, reviewedDraft } from './support';

const EXTRACT = join(import.meta.dirname, '../../fixtures/geonames-extract');
const BI = 'bi-2024-07-zelenskyy-kharkiv';
const STORY = 'studio-test-story';
/** Where the editor dragged Balakliia's marker (GeoNames has it at 36.8595, 49.4627). */
const DRAGGED: [number, number] = [36.91234, 49.5];

let dir: string | null = null;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = null;
});

/** A copy of `geodata/` with the bundle unzipped over it (the zip's paths start with `geodata/`). */
function unpackOnCopy(zip: Uint8Array): string {
	const root = mkdtempSync(join(tmpdir(), 'studio-bundle-'));
	dir = root;
	cpSync(GEODATA, join(root, 'geodata'), { recursive: true });
	for (const [path, bytes] of Object.entries(unzipSync(zip))) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), bytes);
	}
	return join(root, 'geodata');
}

const readJson = <T>(geodata: string, file: string) => JSON.parse(readTree(geodata)[file]!) as T;

/** `npm run data`'s `places.geojson`, with the derived front lines standing in for the raw ones. */
function derivePlaces(geodata: string, extract = EXTRACT) {
	const snapshots = readJson<Snapshot[]>(geodata, 'snapshots.json');
	const raw = new Map(snapshots.map((s) => [s.id, readCollection(geodata, s.file).features]));
	const records = readJson<PlaceRecord[]>(geodata, 'places.json');
	return buildPlaces(extract, records, raw as Parameters<typeof buildPlaces>[2]);
}

const pointOf = (features: ReturnType<typeof derivePlaces>, id: string) =>
	(features.find((f) => f.properties.id === id)!.geometry as Point).coordinates;

describe("a studio bundle with a new place, through npm run data's places and npm run validate", () => {
	it("validates and puts the place where the editor dragged it when GeoNames' extract lacks it", () => {
		const draft = reviewedDraft(STORY);
		draft.places.push({ ...balakliia(), lon: DRAGGED[0], lat: DRAGGED[1] });
		draft.statements[0]!.places.push('balakliia');
		const geodata = unpackOnCopy(bundleZip(draft, contentModel()));

		const places = derivePlaces(geodata);
		writeFileSync(join(geodata, 'places.geojson'), stringifyCollection(places));
		// npm run data's gains: the story's span of fronts is BI's, so BI's gains, byte for byte.
		const stories = readJson<Story[]>(geodata, 'stories.json');
		const snapshots = readJson<Snapshot[]>(geodata, 'snapshots.json');
		const span = (id: string) => {
			const story = stories.find((s) => s.id === id)!;
			return [story.gains_since, frontAtPublication(story, snapshots).id];
		};
		expect(span(STORY)).toEqual(span(BI));
		cpSync(join(geodata, `gains/${BI}.geojson`), join(geodata, `gains/${STORY}.geojson`));

		expect(validateGeodata(readTree(geodata))).toEqual([]);
		expect(pointOf(places, 'balakliia')).toEqual(DRAGGED);
		expect(places.find((f) => f.properties.id === 'balakliia')!.properties).toMatchObject({
			country: 'UA',
			oblast_id: 'kharkiv-oblast',
			population: null
		});
		const record = readJson<PlaceRecord[]>(geodata, 'places.json').at(-1)!;
		expect(record.coordinates_note).toBe(
			"set by the editor on the studio's map (marker dragged or edited)"
		);
	});

	it("uses the extract's point for a place GeoNames has, whatever the record's coordinates", () => {
		const draft = reviewedDraft(STORY);
		draft.places.push({
			...balakliia(),
			key: 'gn:713174',
			id: 'bakhmut',
			name: 'Bakhmut',
			name_uk: 'Бахмут',
			geonames_id: 713174,
			oblast: 'donetsk-oblast'
		});
		const places = derivePlaces(unpackOnCopy(bundleZip(draft, contentModel())));
		expect(pointOf(places, 'bakhmut')).toEqual([37.99886, 48.59419]);
	});

	it('stops npm run data with one line when a place has neither a GeoNames entry nor coordinates', () => {
		const geodata = unpackOnCopy(bundleZip(reviewedDraft(STORY), contentModel()));
		const records = readJson<PlaceRecord[]>(geodata, 'places.json');
		const bare: PlaceRecord = { ...BALAKLIIA_RECORD };
		writeFileSync(join(geodata, 'places.json'), JSON.stringify([...records, bare]));
		expect(() => derivePlaces(geodata)).toThrow(
			'places.json: balakliia: not in places/cities.geojson and no coordinates in places.json'
		);
	});
});
