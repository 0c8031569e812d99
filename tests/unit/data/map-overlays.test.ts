import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Snapshot, Story } from '$lib/data/schema/stories';
import { frontAtPublication } from '$lib/data/stories';
import { mergeMapOverlays } from '../../../scripts/vite/map-overlays-plugin';

const GEODATA = join(import.meta.dirname, '../../../geodata');
const read = (path: string) =>
	JSON.parse(readFileSync(join(GEODATA, path), 'utf8')) as FeatureCollection;

const stories = JSON.parse(readFileSync(join(GEODATA, 'stories.json'), 'utf8')) as Story[];
const snapshots = JSON.parse(readFileSync(join(GEODATA, 'snapshots.json'), 'utf8')) as Snapshot[];
const atPublication = frontAtPublication(stories[0]!, snapshots);
/** Every story whose front at publication is that snapshot (both real stories share 1 August). */
const sharing = stories.filter((s) => frontAtPublication(s, snapshots) === atPublication);

describe('mergeMapOverlays', () => {
	// The map draws every area from this one file: a feature lost or mislabelled here is an
	// overlay missing from the map.
	it("holds the regions, the front at publication, the gains of each story it ends and the week's gains, in order, each tagged", async () => {
		expect(sharing.length).toBeGreaterThan(1);
		const merged = await mergeMapOverlays(join(GEODATA, atPublication.file));
		const parts = [
			{ overlay: 'region', features: read('regions.geojson').features },
			{ overlay: 'frontline', features: read(atPublication.file).features },
			...sharing.map((s) => ({
				overlay: 'change',
				features: read(`gains/${s.id}.geojson`).features
			})),
			// A weekly snapshot also carries the week's gains, for the time-lapse.
			{ overlay: 'change', features: read(`gains/weekly/${atPublication.date}.geojson`).features }
		];
		expect(merged.features.map((f) => f.properties?.overlay)).toEqual(
			parts.flatMap(({ overlay, features }) => features.map(() => overlay))
		);
		const originals = parts.flatMap(({ features }) => features);
		merged.features.forEach((feature, i) => {
			const { overlay, ...properties } = feature.properties ?? {};
			expect(overlay).toBeTypeOf('string');
			expect(properties).toEqual(originals[i]!.properties);
			expect(feature.geometry).toEqual(originals[i]!.geometry);
		});
	});
});
