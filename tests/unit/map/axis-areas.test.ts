import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { axisCircles, comparedHighlights } from '$lib/map/axis-areas';

const storyAxes = (id: string) => catalog.articles.get(id)!.axes;
/** The Kyiv Independent's story: one axis, measured on Donetsk Oblast as a whole. */
const wholeOblastStory = [...catalog.articles.values()].find((story) =>
	story.axes.some((axis) => axis.within_km === undefined)
)!;

describe('the compare view’s measured ground on the map', () => {
	// An axis measured within a circle is drawn as that circle around its main city, not its oblasts.
	it('draws a circle-measured axis as its circle around the main city, its oblasts untinted', () => {
		const axes = storyAxes('bi-2024-07-zelenskyy-kharkiv');
		const [kharkiv] = axisCircles(axes, catalog);
		expect(kharkiv!.center).toEqual(catalog.byId.get('kharkiv')!.coordinates);
		expect(kharkiv!.radiusKm).toBe(75);
		const highlighted = comparedHighlights(axes, catalog);
		expect(highlighted).toContain('kharkiv');
		expect(highlighted).not.toContain('kharkiv-oblast');
		expect(highlighted).not.toContain('belgorod-oblast');
	});

	// An axis measured on whole oblasts keeps their tint, and gets no circle.
	it('keeps the oblast tint of an axis measured on whole oblasts', () => {
		const axes = wholeOblastStory.axes.filter((axis) => axis.within_km === undefined);
		expect(axes.length).toBeGreaterThan(0);
		expect(axisCircles(axes, catalog)).toEqual([]);
		expect(comparedHighlights(axes, catalog)).toContain('donetsk-oblast');
	});
});
