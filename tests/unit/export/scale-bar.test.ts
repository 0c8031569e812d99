import { describe, expect, it } from 'vitest';
import { roundScaleKm, scaleBar } from '$lib/export/scale-bar';

describe('scale bar', () => {
	// A printed map needs a scale a reader can measure with: round lengths, never longer than the room.
	it('rounds down to 1, 2 or 5 × 10ⁿ km', () => {
		expect([73.4, 20, 19.9, 1.2, 0.31, 5000].map(roundScaleKm)).toEqual([50, 20, 10, 1, 0.2, 5000]);
	});

	// The bar's pixels must stand for its kilometres at the map's scale.
	it('sizes the bar in proportion', () => {
		expect(scaleBar(80, 100)).toEqual({ km: 50, px: 62.5 });
	});
});
