import { bbox } from '@turf/bbox';
import { describe, expect, it } from 'vitest';
import { unionOfBoxes } from '$lib/geo';
import { loadInput } from './golden';
import { loadFront } from './inputs';

type Box = [number, number, number, number];

describe('unionOfBoxes', () => {
	// Held to Turf's box of the same features, computed here: the union of the parts' boxes is the
	// box of the whole.
	it("gives Turf's box of the whole for the boxes of its parts", () => {
		for (const collection of [
			loadInput('cities'),
			loadFront('2024-07-24'),
			loadInput('border_kharkiv')
		]) {
			const parts = collection.features.map((feature) => bbox(feature) as Box);
			expect(unionOfBoxes(parts)).toEqual(bbox(collection));
		}
	});

	// One place is a zero-size box (the caller pads it with maxZoom).
	it('returns one box unchanged, a point as a zero-size box', () => {
		expect(unionOfBoxes([[36.25475, 49.98177, 36.25475, 49.98177]])).toEqual([
			36.25475, 49.98177, 36.25475, 49.98177
		]);
	});

	// The simple min/max union is only valid because nothing crosses ±180°: check that holds.
	it('antimeridian-free sanity: every fixture box has west < east inside lon 19–48', () => {
		const names = ['cities', 'frontline_2024-05-09', 'frontline_2024-07-24', 'border_kharkiv'];
		for (const name of names) {
			const parts = loadInput(name).features.map((feature) => bbox(feature) as Box);
			const [west, , east] = unionOfBoxes(parts)!;
			expect(west, name).toBeLessThan(east);
			expect(west, name).toBeGreaterThanOrEqual(19);
			expect(east, name).toBeLessThanOrEqual(48);
		}
	});

	// Nothing to fit gives null, so the caller keeps its default view instead of an Infinity box.
	it('returns null for no boxes', () => {
		expect(unionOfBoxes([])).toBeNull();
	});
});
