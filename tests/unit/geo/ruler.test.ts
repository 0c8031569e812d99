import { describe, expect, it } from 'vitest';
import { distanceKm, pathLengthKm, rangeRing } from '$lib/geo';
import { expectGolden } from './golden';
import { city } from './inputs';

describe('pathLengthKm', () => {
	// Golden: the article's route Belgorod → Kharkiv → Sloviansk → Pokrovsk.
	it('matches the golden legs Belgorod → Kharkiv → Sloviansk → Pokrovsk', () => {
		const route = ['belgorod', 'kharkiv', 'sloviansk', 'pokrovsk'].map(
			(id) => city(id).coordinates
		);
		expectGolden('ruler-belgorod-pokrovsk', pathLengthKm(route));
	});

	// The total is the sum of the legs, each a great-circle distance.
	it('sums great-circle legs', () => {
		const a = city('kharkiv').coordinates;
		const b = city('pokrovsk').coordinates;
		const { segmentsKm, totalKm } = pathLengthKm([a, b, a]);
		expect(segmentsKm).toEqual([distanceKm(a, b), distanceKm(b, a)]);
		expect(totalKm).toBe(segmentsKm[0]! + segmentsKm[1]!);
	});

	// Edge case: the first click of the ruler has no length yet.
	it('ruler with one point: total 0, no segments', () => {
		expect(pathLengthKm([city('kharkiv').coordinates])).toEqual({ segmentsKm: [], totalKm: 0 });
	});

	// Before any click the ruler is empty, not NaN.
	it('ruler with no points: total 0', () => {
		expect(pathLengthKm([])).toEqual({ segmentsKm: [], totalKm: 0 });
	});
});

describe('rangeRing', () => {
	// Golden: a 70 km ring around Belgorod (the distance to Kharkiv), 32 steps, 6 decimals.
	it('matches the golden 70 km ring around Belgorod', () => {
		expectGolden('ring-belgorod-70km', rangeRing(city('belgorod').coordinates, 70, 32), 6);
	});

	// Every vertex lies on the radius and the ring is closed with steps + 1 positions.
	it('puts every vertex at the radius (default 128 steps)', () => {
		const center = city('belgorod').coordinates;
		const ring = rangeRing(center, 70).geometry.coordinates[0] ?? [];
		expect(ring).toHaveLength(129);
		expect(ring.at(-1)).toEqual(ring[0]);
		for (const vertex of ring) expect(distanceKm(center, vertex)).toBeCloseTo(70, 6);
	});

	// Edge case: a zero, negative or non-finite radius is a caller bug; fail loudly.
	it.each([0, -5, NaN, Infinity])('ring radius ≤ 0 or non-finite throws (%f)', (radius) => {
		expect(() => rangeRing(city('belgorod').coordinates, radius)).toThrow(RangeError);
	});

	// Fewer than 3 steps is not a polygon.
	it('throws for steps < 3 or a non-integer', () => {
		const center = city('belgorod').coordinates;
		expect(() => rangeRing(center, 10, 2)).toThrow(RangeError);
		expect(() => rangeRing(center, 10, 12.5)).toThrow(RangeError);
	});
});
