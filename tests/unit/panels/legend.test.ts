import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Legend from '$lib/panels/Legend.svelte';
import { ALL_OVERLAYS_SHOWN } from '$lib/theme/legend';
import { palettes } from '$lib/theme/palette';

/** The inline style of the swatch in the legend item whose text contains `label`. */
function swatchOf(html: string, label: string): string {
	const item = html.split('<label').find((chunk) => chunk.includes(label));
	const style = item?.match(/class="swatch[^"]*" style="([^"]*)"/)?.[1];
	if (style === undefined) throw new Error(`no swatch for "${label}"`);
	return style;
}

/** The legend of the 24 July snapshot, with every overlay on and gains since 9 May. */
const html = render(Legend, {
	props: {
		lang: 'en',
		palette: palettes.light,
		overlays: ALL_OVERLAYS_SHOWN,
		snapshot: { date: '2024-07-24', greyZone: true, gainsSince: '2024-05-09' },
		selection: false
	}
}).body;

describe('Legend', () => {
	// The gains differ from the occupied area by their dashed edge, not by colour alone (WCAG 1.4.1).
	it('draws the gains with a dashed edge and the occupied area with a solid one', () => {
		expect(swatchOf(html, 'Gained by Russia')).toContain(`2px dashed ${palettes.light.gainedLine}`);
		expect(swatchOf(html, 'Occupied by Russia')).toContain(
			`2px solid ${palettes.light.occupiedLine}`
		);
	});

	// At rest the map draws the article's regions as outlines only; a filled swatch would promise
	// a tint the map does not show.
	it('draws the article’s regions as an empty box with a solid edge', () => {
		const swatch = swatchOf(html, 'Regions in the article');
		expect(swatch).toContain('background:transparent');
		expect(swatch).toContain(`2px solid ${palettes.light.regionLine}`);
	});

	// A place is a circle on the map, so its swatch must be square before it is rounded.
	it('draws the places’ swatch as a circle, not an oval', () => {
		expect(html).toMatch(/class="swatch[^"]*\bdot\b[^"]*"[^>]*border-radius:50%/);
	});
});
