/**
 * An axis narrower than an oblast (`within_km`): `areaWithinKm2` clips changed parts to a circle
 * around the axis city, and the figures `npm run data` wrote for Business Insider's axes match a
 * geometry computed directly with Turf, apart from the app's code, from copies of DeepState's
 * weekly occupied areas (tests/support/independent-geo.ts).
 */
import { readFileSync } from 'node:fs';
import { area } from '@turf/area';
import { circle } from '@turf/circle';
import { polygon } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import type { WeeklyGains } from '$lib/data/weekly';
import { areaWithinKm2 } from '$lib/geo';
import { gainedWithinKm2, KHARKIV, POKROVSK } from '../../support/independent-geo';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

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
			gainedWithinKm2('2024-05-09', '2024-05-16', KHARKIV, 75),
			1
		);
	});

	// Donetsk Oblast gained 19.7 km² that week; only part of it lay within 40 km of Pokrovsk.
	it('gives the Pokrovsk axis the ground gained within 40 km of Pokrovsk, 9 → 16 May', () => {
		const expected = gainedWithinKm2('2024-05-09', '2024-05-16', POKROVSK, 40);
		expect(firstWeek('pokrovsk')).toBeCloseTo(expected, 1);
		expect(expected).toBeLessThan(19.7);
	});
});
