import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mergeMapOverlays } from '../../../scripts/vite/map-overlays-plugin';

const GEODATA = join(import.meta.dirname, '../../../geodata');
const read = (path: string) =>
	JSON.parse(readFileSync(join(GEODATA, path), 'utf8')) as FeatureCollection;

describe('mergeMapOverlays', () => {
	// The map draws every area from this one file: a feature lost or mislabelled here is an
	// overlay missing from the map.
	it('holds the regions, the snapshot and the change, in drawing order, each tagged', async () => {
		const merged = await mergeMapOverlays(join(GEODATA, 'frontline/2024-07-24.geojson'));
		const parts = [
			{ overlay: 'region', features: read('regions.geojson').features },
			{ overlay: 'frontline', features: read('frontline/2024-07-24.geojson').features },
			{ overlay: 'change', features: read('frontline/change.geojson').features }
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
