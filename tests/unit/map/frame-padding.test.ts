import { describe, expect, it } from 'vitest';
import { framePadding } from '$lib/map/frame-padding';

describe('framePadding', () => {
	// Without anything over the map, the framed view keeps the plain margin.
	it('keeps the margin on a clear map', () => {
		expect(framePadding({ width: 600, height: 460 }, [])).toEqual({
			top: 24,
			right: 24,
			bottom: 24,
			left: 24
		});
	});

	// Zoom buttons in the top right corner push the right edge in; the attribution, the bottom.
	it('moves each side in past the controls that hug it', () => {
		const zoom = { left: 560, top: 0, right: 600, bottom: 70 };
		const attribution = { left: 200, top: 420, right: 600, bottom: 460 };
		expect(framePadding({ width: 600, height: 460 }, [zoom, attribution])).toEqual({
			top: 24,
			right: 64,
			bottom: 64,
			left: 24
		});
	});

	// A bottom sheet covering half a phone's map must keep the selection in the top half.
	it('frames above a sheet over the lower half', () => {
		const sheet = { left: 0, top: 300, right: 390, bottom: 800 };
		expect(framePadding({ width: 390, height: 600 }, [sheet]).bottom).toBe(324);
	});

	// MapLibre refuses to fit bounds when padding leaves no room; a tiny map still frames.
	it('scales padding down to 60 % of a small map', () => {
		const attribution = { left: 0, top: 140, right: 280, bottom: 240 };
		const padding = framePadding({ width: 280, height: 240 }, [attribution]);
		expect(padding.top + padding.bottom).toBeLessThanOrEqual(144);
		expect(padding.bottom).toBeGreaterThan(padding.top);
	});

	// Boxes outside the canvas (a sheet below a short map) change nothing.
	it('ignores boxes outside the map', () => {
		const below = { left: 0, top: 500, right: 600, bottom: 700 };
		expect(framePadding({ width: 600, height: 460 }, [below]).bottom).toBe(24);
	});
});
