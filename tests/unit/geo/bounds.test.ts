import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOf } from '$lib/geo';
import { expectGolden, loadInput } from './golden';
import { loadCities, loadFront } from './inputs';

describe('boundsOf', () => {
	// Golden: camera boxes for the fixture layers the app fits to.
	it('matches the golden bounds of the cities, the front and the border', () => {
		expectGolden(
			'bounds',
			{
				cities: boundsOf(loadCities().map((c) => c.coordinates)),
				front: boundsOf(loadFront('2024-07-24')),
				border: boundsOf(loadInput('border_kharkiv').features)
			},
			6
		);
	});

	// The three input shapes describe the same points, so they give the same box.
	it('gives the same box for a FeatureCollection, a Feature[] and a Position[]', () => {
		const cities = loadInput('cities');
		const positions = loadCities().map((c) => c.coordinates);
		expect(boundsOf(cities)).toEqual(boundsOf(positions));
		expect(boundsOf(cities.features)).toEqual(boundsOf(positions));
	});

	// One place is a zero-size box (the caller pads it with maxZoom).
	it('returns a zero-size box for a single point', () => {
		const point: Feature = {
			type: 'Feature',
			properties: {},
			geometry: { type: 'Point', coordinates: [36.25475, 49.98177] }
		};
		expect(boundsOf([point])).toEqual([
			[36.25475, 49.98177],
			[36.25475, 49.98177]
		]);
	});

	// The simple min/max box is only valid because no fixture crosses ±180°: check that holds.
	it('antimeridian-free sanity: every fixture box has west < east inside lon 19–48', () => {
		const names = ['cities', 'frontline_2024-05-09', 'frontline_2024-07-24', 'border_kharkiv'];
		for (const name of names) {
			const [[west], [east]] = boundsOf(loadInput(name));
			expect(west, name).toBeLessThan(east);
			expect(west, name).toBeGreaterThanOrEqual(19);
			expect(east, name).toBeLessThanOrEqual(48);
		}
	});

	// Nothing to fit is a caller bug; an Infinity box would break fitBounds silently.
	it('throws for empty input', () => {
		expect(() => boundsOf([])).toThrow(RangeError);
		expect(() => boundsOf({ type: 'FeatureCollection', features: [] })).toThrow(RangeError);
	});
});
