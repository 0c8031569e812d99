import { pointToLineDistance } from '@turf/point-to-line-distance';
import { Geodesic } from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import {
	distanceKm,
	distanceMatrixKm,
	distanceTableKm,
	distanceToLineKm,
	placesWithinKm
} from '$lib/geo';
import { expectGolden } from './golden';
import { city, loadBorder, loadCities } from './inputs';

const articleCities = () => loadCities().filter((c) => c.role === 'article');

/** Every unordered pair of a list, in list order. */
function pairs<T>(items: T[]): [T, T][] {
	return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

describe('distanceKm', () => {
	// Golden: the article's seven places, every pair, as Turf measures them today.
	it('matches the golden distances between the article cities', () => {
		const table = Object.fromEntries(
			pairs(articleCities()).map(([a, b]) => [
				`${a.id}–${b.id}`,
				distanceKm(a.coordinates, b.coordinates)
			])
		);
		expectGolden('distance-article-cities', table);
	});

	// Independent check: the sphere must agree with the WGS84 ellipsoid within haversine error.
	it('agrees with geographiclib (WGS84 geodesic) within 0.5 % for every article-city pair', () => {
		for (const [a, b] of pairs(articleCities())) {
			const [lon1, lat1] = a.coordinates as [number, number];
			const [lon2, lat2] = b.coordinates as [number, number];
			const geodesicKm = (Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12 ?? NaN) / 1000;
			const relative = Math.abs(distanceKm(a.coordinates, b.coordinates) - geodesicKm) / geodesicKm;
			expect(relative, `${a.id}–${b.id}`).toBeLessThan(0.005);
		}
	});

	// Edge case: a place to itself is exactly zero (no NaN from acos-style rounding).
	it('same point: 0 km', () => {
		const kharkiv = city('kharkiv').coordinates;
		expect(distanceKm(kharkiv, [...kharkiv])).toBe(0);
	});

	// The map never crosses ±180°, but the haversine must not make that a 40,000 km trap.
	it('antimeridian-free sanity: 1° of longitude across ±180° is ≈ 111 km, both ways', () => {
		expect(distanceKm([179.5, 0], [-179.5, 0])).toBeCloseTo(111.195, 3);
		expect(distanceKm([-179.5, 0], [179.5, 0])).toBeCloseTo(111.195, 3);
	});
});

describe('distanceMatrixKm', () => {
	// The fast path must not drift from distanceKm, which the rest of the app shows.
	it('agrees with distanceKm to 1e-9 km for every pair, both directions, 0 on the diagonal', () => {
		const cities = loadCities();
		const matrix = distanceMatrixKm(cities);
		expect(matrix.size).toBe(cities.length);
		for (const a of cities) {
			const row = matrix.get(a.id);
			expect(row?.size).toBe(cities.length);
			for (const b of cities) {
				const expected = a === b ? 0 : distanceKm(a.coordinates, b.coordinates);
				expect(Math.abs((row?.get(b.id) ?? NaN) - expected)).toBeLessThan(1e-9);
			}
		}
	});

	// A duplicate id would silently overwrite a row; the contract is to refuse it.
	it('throws on duplicate ids', () => {
		const kharkiv = city('kharkiv');
		expect(() => distanceMatrixKm([kharkiv, { ...kharkiv }])).toThrow(/duplicate id "kharkiv"/);
	});

	// The flat table is the same numbers as the Map matrix, row-major in input order.
	it('distanceTableKm holds the same values as the matrix, row-major', () => {
		const cities = loadCities();
		const { ids, km } = distanceTableKm(cities);
		const matrix = distanceMatrixKm(cities);
		expect(ids).toEqual(cities.map((c) => c.id));
		ids.forEach((from, i) =>
			ids.forEach((to, j) => expect(km[i * ids.length + j]).toBe(matrix.get(from)?.get(to)))
		);
	});

	// Empty input is a valid (empty) matrix, e.g. before places load.
	it('returns an empty matrix for no places', () => {
		expect(distanceMatrixKm([]).size).toBe(0);
	});
});

describe('distanceToLineKm', () => {
	// Golden: how far the Kharkiv-front places are from the UA–RU border (geoBoundaries).
	it('matches the golden distances to the UA–RU border', () => {
		const ids = ['kharkiv', 'vovchansk', 'lyptsi', 'strilecha', 'belgorod', 'shebekino'];
		const border = loadBorder();
		const table = Object.fromEntries(
			ids.map((id) => [id, distanceToLineKm(city(id).coordinates, border)])
		);
		expectGolden('distance-to-border', table);
	});

	// Our allocation-free kernel must give Turf's pointToLineDistance (geodesic) answer.
	it('agrees with Turf pointToLineDistance to 1 mm', () => {
		const border = loadBorder();
		const line = border.features[0];
		if (!line) throw new Error('border fixture is empty');
		for (const c of loadCities()) {
			const turfKm = pointToLineDistance(c.coordinates, line, { units: 'kilometers' });
			expect(Math.abs(distanceToLineKm(c.coordinates, border) - turfKm), c.id).toBeLessThan(1e-6);
		}
	});

	// A single Feature (not a collection) is accepted, with the same answer.
	it('accepts a single Feature', () => {
		const border = loadBorder();
		const line = border.features[0];
		if (!line) throw new Error('border fixture is empty');
		const p = city('vovchansk').coordinates;
		expect(distanceToLineKm(p, line)).toBe(distanceToLineKm(p, border));
	});

	// A point on the line is 0 km away, not a rounding artefact.
	it('is 0 for a vertex of the line', () => {
		const border = loadBorder();
		const vertex = border.features[0]?.geometry.coordinates[10];
		if (!vertex) throw new Error('border fixture is too short');
		expect(distanceToLineKm(vertex, border)).toBeLessThan(1e-9);
	});

	// No segments at all: the documented answer is Infinity (min over nothing), not 0.
	it('returns Infinity for an empty collection', () => {
		expect(
			distanceToLineKm(city('kharkiv').coordinates, { type: 'FeatureCollection', features: [] })
		).toBe(Infinity);
	});
});

describe('placesWithinKm', () => {
	// Golden: which places are within 50 km of Kharkiv, nearest first.
	it('matches the golden list around Kharkiv, sorted by distance', () => {
		const near = placesWithinKm(city('kharkiv').coordinates, 50, loadCities()).map((c) => c.id);
		expectGolden('places-within-50km-of-kharkiv', near);
	});

	// Sorting is by distance, and the radius is inclusive.
	it('sorts nearest first and includes a place exactly at the radius', () => {
		const cities = loadCities();
		const center = city('pokrovsk').coordinates;
		const radius = distanceKm(center, city('toretsk').coordinates);
		const found = placesWithinKm(center, radius, cities);
		const km = found.map((c) => distanceKm(center, c.coordinates));
		expect(km).toEqual([...km].sort((a, b) => a - b));
		expect(found.map((c) => c.id)).toContain('toretsk');
	});

	// Bad radius matches nothing rather than everything.
	it('returns nothing for a negative or NaN radius', () => {
		const center = city('kharkiv').coordinates;
		expect(placesWithinKm(center, -1, loadCities())).toEqual([]);
		expect(placesWithinKm(center, NaN, loadCities())).toEqual([]);
	});
});
