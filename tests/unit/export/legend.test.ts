import { describe, expect, it } from 'vitest';
import { mapLegend } from '$lib/export/legend';
import { ALL_OVERLAYS_SHOWN, type LegendSnapshot } from '$lib/theme/legend';
import { palettes } from '$lib/theme/palette';

/** A snapshot with every overlay: a grey zone, and gains drawn since 9 May. */
const JULY_24: LegendSnapshot = { date: '2024-07-24', greyZone: true, gainsSince: '2024-05-09' };
/** The 9 May snapshot: a grey zone, and no gains drawn on it. */
const MAY_9: LegendSnapshot = { date: '2024-05-09', greyZone: true, gainsSince: null };

describe('mapLegend', () => {
	// The PNG's legend must name what the map shows, in the reader's language.
	it('lists the places and every visible overlay, in the legend panel’s order', () => {
		expect(
			mapLegend('en', palettes.light, ALL_OVERLAYS_SHOWN, JULY_24, false).map((e) => e.label)
		).toEqual([
			'Places in the article',
			'Regions in the article',
			'Occupied by Russia, 24 July 2024',
			'Contested (grey zone), 24 July 2024',
			'Gained by Russia, 9 May 2024 – 24 July 2024',
			'Other places'
		]);
		expect(mapLegend('uk', palettes.light, ALL_OVERLAYS_SHOWN, JULY_24, false)[0]!.label).toBe(
			'Місця, згадані в статті'
		);
	});

	// A legend entry for a hidden overlay would explain a colour the image does not have.
	it('leaves out overlays that are switched off, and uses the theme’s colours', () => {
		const legend = mapLegend(
			'en',
			palettes.dark,
			{
				...ALL_OVERLAYS_SHOWN,
				occupied: false,
				context: false
			},
			JULY_24,
			false
		);
		expect(legend.map((e) => e.label)).not.toContain('Occupied by Russia, 24 July 2024');
		expect(legend.map((e) => e.label)).not.toContain('Other places');
		expect(legend[0]!.color).toBe(palettes.dark.place);
	});

	// The map outlines the article's regions without a fill, so the PNG's swatch is an empty box
	// with the regions' edge colour.
	it('draws the regions as an outline in their edge colour', () => {
		const regions = mapLegend('en', palettes.light, ALL_OVERLAYS_SHOWN, JULY_24, false)[1]!;
		expect(regions.color).toBe('transparent');
		expect(regions.outline).toBe(palettes.light.regionLine);
	});

	// A PNG of the 9 May map must not carry the 24 July caption, nor explain gains it does not show.
	it('names the snapshot on screen and leaves out the gains before the latest snapshot', () => {
		const labels = mapLegend('en', palettes.light, ALL_OVERLAYS_SHOWN, MAY_9, false).map(
			(e) => e.label
		);
		expect(labels).toContain('Occupied by Russia, 9 May 2024');
		expect(labels).toContain('Contested (grey zone), 9 May 2024');
		expect(labels.join(' ')).not.toContain('24 July');
		expect(labels.some((l) => l.startsWith('Gained'))).toBe(false);
	});

	// The selected place is drawn blue; the key names that colour while a place is selected.
	it('lists the selection’s colour only while a place is selected', () => {
		const withSelection = mapLegend('en', palettes.light, ALL_OVERLAYS_SHOWN, JULY_24, true);
		expect(withSelection.find((e) => e.label === 'Selected place')?.color).toBe(
			palettes.light.selected
		);
		const without = mapLegend('en', palettes.light, ALL_OVERLAYS_SHOWN, JULY_24, false);
		expect(without.map((e) => e.label)).not.toContain('Selected place');
	});

	// In the compare view the PNG shows the axis circles; its key says what each one is.
	it('closes with an entry per axis circle, tinted as the map tints it', () => {
		const circle = 'Kharkiv axis: ground within 75 km of Kharkiv';
		const entries = mapLegend('en', palettes.light, ALL_OVERLAYS_SHOWN, JULY_24, true, [circle]);
		expect(entries.at(-1)).toEqual({
			key: null,
			label: circle,
			shape: 'box',
			color: 'rgba(23, 63, 115, 0.22)',
			outline: palettes.light.regionSelected
		});
		expect(mapLegend('en', palettes.light, ALL_OVERLAYS_SHOWN, JULY_24, true).at(-1)?.label).toBe(
			'Other places'
		);
	});
});
