import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Snapshot, Story } from '$lib/data/schema';
import { frontAtPublication } from '$lib/data/stories';
import { mergeMapOverlays } from '../../../scripts/vite/map-overlays-plugin';

const GEODATA = join(import.meta.dirname, '../../../geodata');
const read = (path: string) =>
	JSON.parse(readFileSync(join(GEODATA, path), 'utf8')) as FeatureCollection;

const [story] = JSON.parse(readFileSync(join(GEODATA, 'stories.json'), 'utf8')) as Story[];
const snapshots = JSON.parse(readFileSync(join(GEODATA, 'snapshots.json'), 'utf8')) as Snapshot[];
const atPublication = frontAtPublication(story!, snapshots);

describe('mergeMapOverlays', () => {
	// The map draws every area from this one file: a feature lost or mislabelled here is an
	// overlay missing from the map.
	it('holds the regions, the front at publication and the story gains, in order, each tagged', async () => {
		const merged = await mergeMapOverlays(join(GEODATA, atPublication.file));
		const parts = [
			{ overlay: 'region', features: read('regions.geojson').features },
			{ overlay: 'frontline', features: read(atPublication.file).features },
			{ overlay: 'change', features: read(`gains/${story!.id}.geojson`).features }
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
