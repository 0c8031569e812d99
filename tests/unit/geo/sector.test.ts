/**
 * An axis narrower than an oblast (`within_km`): `areaWithinKm2` clips changed parts to a circle
 * around the axis city, and the figures `npm run data` wrote for Business Insider's axes match a
 * geometry computed here, directly with Turf, from copies of DeepState's weekly occupied areas
 * (tests/fixtures/weekly/occupied_*.geojson).
 */
import { readFileSync } from 'node:fs';
import { area } from '@turf/area';
import { circle } from '@turf/circle';
import { difference } from '@turf/difference';
import { featureCollection, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { WeeklyGains } from '$lib/data/weekly';
import { areaWithinKm2 } from '$lib/geo';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
/** GeoNames points of the axis cities. */
const KHARKIV = [36.25475, 49.98177];
const POKROVSK = [37.17706, 48.28014];

/** The occupied area of a weekly fixture as one MultiPolygon. */
function occupied(date: string): Feature<MultiPolygon> {
	const areas = read<FeatureCollection<Polygon | MultiPolygon>>(
		`tests/fixtures/weekly/occupied_${date}.geojson`
	);
	const coordinates = areas.features.flatMap((f) =>
		f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
	);
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } };
}

/** km² gained from `from` to `to` within `km` of `center`, parts under 0.5 km² dropped. */
function gainedWithin(from: string, to: string, center: number[], km: number): number {
	const gained = difference(featureCollection([occupied(to), occupied(from)]))!;
	const parts =
		gained.geometry.type === 'Polygon'
			? [gained.geometry.coordinates]
			: gained.geometry.coordinates;
	const ring = circle(center, km, { units: 'kilometers', steps: 128 });
	return parts
		.map((coordinates) => polygon(coordinates))
		.filter((part) => area(part) / 1e6 >= 0.5)
		.reduce((sum, part) => {
			const piece = intersect(featureCollection<Polygon | MultiPolygon>([part, ring]));
			return sum + (piece ? area(piece) / 1e6 : 0);
		}, 0);
}

describe('areaWithinKm2', () => {
	/** A square of `half` degrees' half-side around [lon, lat]. */
	const square = (lon: number, lat: number, half: number) =>
		polygon([
			[
				[lon - half, lat - half],
				[lon + half, lat - half],
				[lon + half, lat + half],
				[lon - half, lat + half],
				[lon - half, lat - half]
			]
		]);

	it('counts nothing for no parts', () => {
		expect(areaWithinKm2([], KHARKIV, 75)).toBe(0);
	});

	it('counts a part wholly inside the circle whole', () => {
		const part = square(36.4, 50.1, 0.05);
		expect(areaWithinKm2([part], KHARKIV, 75)).toBeCloseTo(area(part) / 1e6, 6);
	});

	it('counts nothing of a part wholly outside the circle', () => {
		expect(areaWithinKm2([square(37.6, 49.7, 0.05)], KHARKIV, 75)).toBe(0);
	});

	it('counts only the inside piece of a part straddling the circle', () => {
		// Centred on the circle's eastern edge: about half of it lies inside.
		const edge = circle(KHARKIV, 75, { units: 'kilometers', steps: 128 }).geometry.coordinates[0]!;
		const east = edge.reduce((a, b) => (b[0]! > a[0]! ? b : a));
		const part = square(east[0]!, east[1]!, 0.05);
		const share = areaWithinKm2([part], KHARKIV, 75) / (area(part) / 1e6);
		expect(share).toBeGreaterThan(0.4);
		expect(share).toBeLessThan(0.6);
	});
});

describe('weekly-gains.json: Business Insider’s sector axes', () => {
	const gains = read<WeeklyGains>('geodata/weekly-gains.json');
	const firstWeek = (axis: string) =>
		gains.axes.find((a) => a.story === 'bi-2024-07-zelenskyy-kharkiv' && a.axis === axis)!
			.gained_km2[0]!;

	// The northern offensive's first week lay within 75 km of Kharkiv.
	it('gives the Kharkiv axis the ground gained within 75 km of Kharkiv, 9 → 16 May', () => {
		expect(firstWeek('kharkiv')).toBeCloseTo(
			gainedWithin('2024-05-09', '2024-05-16', KHARKIV, 75),
			1
		);
	});

	// Donetsk Oblast gained 19.7 km² that week; only part of it lay within 40 km of Pokrovsk.
	it('gives the Pokrovsk axis the ground gained within 40 km of Pokrovsk, 9 → 16 May', () => {
		const expected = gainedWithin('2024-05-09', '2024-05-16', POKROVSK, 40);
		expect(firstWeek('pokrovsk')).toBeCloseTo(expected, 1);
		expect(expected).toBeLessThan(19.7);
	});
});
