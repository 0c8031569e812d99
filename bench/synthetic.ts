/**
 * A synthetic dataset 30× bigger than the real one: 1,000 places and 10,000 statements spread
 * over 100 stories, generated from a fixed seed. Used in Node (`scale.ts`) and, written out as a copy of
 * `geodata/` under node_modules/.cache, to build the whole app on it (`scale-build.ts`).
 * It is never written to `geodata/` itself.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateOrRange } from '../src/lib/data/schema/primitives';
import type { Statement } from '../src/lib/data/schema/statements';
import type { Snapshot, Story } from '../src/lib/data/schema/stories';
import type { PlacePoint } from '../src/lib/geo/index';
import storiesJson from '../geodata/stories.json';
import snapshotsJson from '../geodata/snapshots.json';

export const PLACES = 1_000;
export const STATEMENTS = 10_000;
const STORIES = 100;

/** mulberry32: a tiny seeded PRNG, so every bench run times the same data. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function isoDay(dayOfYear: number): string {
	return new Date(Date.UTC(2024, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** 1,000 places scattered over Ukraine and western Russia. */
export function syntheticPlaces(rand = random(1)): PlacePoint[] {
	return Array.from({ length: PLACES }, (_, i) => ({
		id: `place-${String(i).padStart(4, '0')}`,
		coordinates: [22 + rand() * 18, 44 + rand() * 8]
	}));
}

/** 10,000 statements about 1–3 places each; one in five dated by a range. */
export function syntheticStatements(
	places: PlacePoint[],
	article = 'synthetic',
	rand = random(2)
): Statement[] {
	const kinds = ['claim', 'denial', 'estimate', 'report'] as const;
	return Array.from({ length: STATEMENTS }, (_, i) => {
		const day = Math.floor(rand() * 360);
		const saidOn: DateOrRange =
			rand() < 0.2 ? { from: isoDay(day), to: isoDay(day + 5) } : isoDay(day);
		const count = 1 + Math.floor(rand() * 3);
		const ids = new Set<string>();
		while (ids.size < count) ids.add((places[Math.floor(rand() * places.length)] as PlacePoint).id);
		return {
			id: `statement-${i}`,
			article,
			quote: `Synthetic quote number ${i} about the front line.`,
			wording: 'speaker',
			speaker: {
				name: `Speaker ${i % 97}`,
				name_uk: `Мовець ${i % 97}`,
				role: 'Spokesperson',
				role_uk: 'Речник'
			},
			said_on: saidOn,
			via: i % 3 === 0 ? 'translation by a synthetic outlet' : null,
			kind: kinds[i % kinds.length] as Statement['kind'],
			places: [...ids]
		};
	});
}

/** The places as `places.geojson` features, with every property the app reads. */
function placeFeatures(places: PlacePoint[]): object[] {
	return places.map((place, i) => ({
		type: 'Feature',
		properties: {
			id: place.id,
			name_en: `Synthetic place ${i}`,
			name_uk: `Синтетичне місце ${i}`,
			kind: 'city',
			// All in the article, so all 1,000 are in the place list.
			role: 'article',
			country: 'UA',
			oblast_id: 'kharkiv-oblast',
			oblast_en: 'Kharkiv Oblast',
			oblast_uk: 'Харківська область',
			control: Object.fromEntries(
				(snapshotsJson as Snapshot[]).map((s) => [
					s.id,
					i % 10 === 0 ? 'occupied' : 'ukrainian_controlled'
				])
			),
			population: 1_000 + i
		},
		geometry: { type: 'Point', coordinates: place.coordinates }
	}));
}

/**
 * The real stories plus synthetic ones up to {@link STORIES}, each with the first story's text,
 * no axes and the first snapshot as its front, so their (empty) gains merge into a snapshot the
 * first view does not load.
 */
function syntheticStories(): Story[] {
	const real = storiesJson as Story[];
	const first = (snapshotsJson as Snapshot[])[0]!.id;
	const extra = Array.from({ length: STORIES - real.length }, (_, i) => ({
		...real[0]!,
		id: `synthetic-story-${String(i).padStart(3, '0')}`,
		title: `Synthetic story ${i}`,
		axes: [],
		snapshots: [first],
		gains_since: first
	}));
	return [...real, ...extra];
}

/**
 * Writes `geodata/` with the synthetic places, stories and statements in place of the real ones
 * to `dir` (emptied first); the statements are spread over the stories in turn, so a place's
 * panel groups them under many stories.
 */
export function writeSyntheticGeodata(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	cpSync(new URL('../geodata/', import.meta.url), dir, { recursive: true });
	const places = syntheticPlaces();
	const stories = syntheticStories();
	const collection = { type: 'FeatureCollection', features: placeFeatures(places) };
	writeFileSync(join(dir, 'places.geojson'), JSON.stringify(collection));
	writeFileSync(join(dir, 'stories.json'), JSON.stringify(stories));
	for (const story of stories.slice((storiesJson as Story[]).length)) {
		writeFileSync(join(dir, 'gains', `${story.id}.geojson`), EMPTY_COLLECTION);
	}
	const statements = syntheticStatements(places).map((s, i) => ({
		...s,
		article: stories[i % stories.length]!.id
	}));
	writeFileSync(join(dir, 'statements.json'), JSON.stringify(statements));
}

const EMPTY_COLLECTION = '{"type":"FeatureCollection","features":[]}\n';
