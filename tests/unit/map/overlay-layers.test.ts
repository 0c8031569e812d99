import { describe, expect, it } from 'vitest';
import { ALL_OVERLAYS_SHOWN } from '$lib/theme/legend';
import { OVERLAY_TILING, overlayLayers } from '$lib/map/overlay-layers';
import { palettes } from '$lib/theme/palette';

describe('overlayLayers', () => {
	// MapLibre refuses a second layer with an id already in the style.
	it('gives every layer its own id', () => {
		const { areas, places } = overlayLayers(palettes.light, 'en', [], ALL_OVERLAYS_SHOWN);
		const ids = [...areas, ...places].map(({ layer }) => layer.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	// The areas share one merged source: a layer without its part's filter would draw the
	// features of the other parts in its own style.
	it('keeps every area layer to its part of the merged source', () => {
		const { areas } = overlayLayers(palettes.light, 'en', ['kharkiv-oblast'], ALL_OVERLAYS_SHOWN);
		for (const { layer } of areas) {
			expect(JSON.stringify(layer.filter), layer.id).toMatch(
				/\["==",\["get","overlay"\],"(region|frontline|change)"\]/
			);
		}
	});

	// Each legend switch hides its own layers and no others.
	it('follows the legend: occupied off hides only the occupied layers', () => {
		const { areas, places } = overlayLayers(palettes.light, 'en', [], {
			...ALL_OVERLAYS_SHOWN,
			occupied: false
		});
		const hidden = [...areas, ...places].filter((s) => !s.visible).map((s) => s.layer.id);
		expect(hidden).toEqual(['occupied-fill', 'occupied-line']);
	});

	// Only the selected regions get the tint and the bold outline.
	it('fills and outlines exactly the selected regions', () => {
		const { areas } = overlayLayers(palettes.light, 'en', ['kharkiv-oblast'], ALL_OVERLAYS_SHOWN);
		const selectedFill = areas.find((s) => s.layer.id === 'regions-selected-fill')!.layer;
		expect(JSON.stringify(selectedFill.filter)).toContain('["literal",["kharkiv-oblast"]]');
	});
});

describe('OVERLAY_TILING', () => {
	// Clipping a polygon to a tile adds edges along the tile's buffer; a line layer draws them, so
	// the buffer must keep them further out than half of any line's width (with 1 px antialiasing).
	it('keeps the edges that clipping adds beyond every overlay line', () => {
		const { areas } = overlayLayers(palettes.light, 'en', ['kharkiv-oblast'], ALL_OVERLAYS_SHOWN);
		const widths = areas
			.filter(({ layer }) => layer.type === 'line')
			.map(({ layer }) => (layer.paint as { 'line-width'?: unknown })['line-width']);
		expect(widths.length).toBeGreaterThan(0);
		for (const width of widths) {
			expect(typeof width).toBe('number');
			expect(OVERLAY_TILING.buffer).toBeGreaterThan((width as number) / 2 + 1);
		}
	});
});
