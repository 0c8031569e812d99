import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import area from '@turf/area';
import { describe, expect, it } from 'vitest';
import type { ChangeFeature, Collection } from '$lib/data/schema';

const change = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../../geodata/frontline/change.geojson'), 'utf8')
) as Collection<ChangeFeature>;

/** Russian gains 9 May → 24 July 2024 per oblast, in km², as SOURCES.md states them. */
const SOURCE_TOTALS_KM2: Record<string, number> = {
	'kharkiv-oblast': 212.6,
	'donetsk-oblast': 256.4
};

function measuredKm2(oblastId: string): number {
	const features = change.features.filter((f) => f.properties.oblast_id === oblastId);
	return features.reduce((sum, f) => sum + area(f), 0) / 1e6;
}

describe('frontline/change.geojson', () => {
	// The change layer is not simplified, so its geometry must still measure what the source says.
	it.each(Object.entries(SOURCE_TOTALS_KM2))('%s area is within 1 %% of %f km²', (id, km2) => {
		expect(Math.abs(measuredKm2(id) - km2) / km2).toBeLessThan(0.01);
	});

	// area_km2 is copied from the source, not recomputed.
	it.each(Object.entries(SOURCE_TOTALS_KM2))('%s area_km2 sums to %f', (id, km2) => {
		const sum = change.features
			.filter((f) => f.properties.oblast_id === id)
			.reduce((total, f) => total + f.properties.area_km2, 0);
		expect(sum).toBeCloseTo(km2, 1);
	});

	it('has the 28 source polygons', () => {
		expect(change.features).toHaveLength(28);
	});
});
