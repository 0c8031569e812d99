import { describe, expect, it } from 'vitest';
import { mapLegend } from '$lib/export/legend';
import { ALL_OVERLAYS_SHOWN } from '$lib/map/legend';
import { palettes } from '$lib/map/palette';

describe('mapLegend', () => {
	// The PNG's legend must name what the map shows, in the reader's language.
	it('lists the places and every visible overlay, in the legend panel’s order', () => {
		expect(mapLegend('en', palettes.light, ALL_OVERLAYS_SHOWN).map((e) => e.label)).toEqual([
			'Places in the article',
			'Regions in the article',
			'Occupied by Russia, 24 July 2024',
			'Contested (grey zone), 24 July 2024',
			'Gained by Russia since 9 May 2024',
			'Other places'
		]);
		expect(mapLegend('uk', palettes.light, ALL_OVERLAYS_SHOWN)[0]!.label).toBe(
			'Місця, згадані в статті'
		);
	});

	// A legend entry for a hidden overlay would explain a colour the image does not have.
	it('leaves out overlays that are switched off, and uses the theme’s colours', () => {
		const legend = mapLegend('en', palettes.dark, {
			...ALL_OVERLAYS_SHOWN,
			occupied: false,
			context: false
		});
		expect(legend.map((e) => e.label)).not.toContain('Occupied by Russia, 24 July 2024');
		expect(legend.map((e) => e.label)).not.toContain('Other places');
		expect(legend[0]!.color).toBe(palettes.dark.place);
	});

	// The map outlines the article's regions without a fill, so the PNG's swatch is an empty box
	// with the regions' edge colour.
	it('draws the regions as an outline in their edge colour', () => {
		const regions = mapLegend('en', palettes.light, ALL_OVERLAYS_SHOWN)[1]!;
		expect(regions.color).toBe('transparent');
		expect(regions.outline).toBe(palettes.light.regionLine);
	});
});
