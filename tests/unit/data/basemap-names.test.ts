import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { localName } from '$lib/map/basemap-style';

const rivers = JSON.parse(
	readFileSync('geodata/basemap/rivers.geojson', 'utf8')
) as FeatureCollection<MultiLineString, { name: string | null; name_uk?: string }>;

/** Ukraine and its neighbourhood, where the river labels show (lon 22–42, lat 44–53.5). */
const inRegion = ([lon, lat]: number[]) => lon! >= 22 && lon! <= 42 && lat! >= 44 && lat! <= 53.5;

describe('basemap names in Ukrainian', () => {
	// With lang=uk the map reads Ukrainian: every river labelled around Ukraine has a Ukrainian name.
	it('names every river around Ukraine in Ukrainian', () => {
		const named = rivers.features.filter(
			(f) => f.properties.name && f.geometry.coordinates.flat().some(inRegion)
		);
		expect(named.length).toBeGreaterThan(20);
		const missing = named.filter((f) => !f.properties.name_uk).map((f) => f.properties.name);
		expect(missing).toEqual([]);
		const donets = named.find((f) => f.properties.name === 'Siverskyi Donets');
		expect(donets?.properties.name_uk).toBe('Сіверський Донець');
	});

	// The label layers read `name_uk` first in Ukrainian and fall back to the English name.
	it('labels in Ukrainian first, then English', () => {
		expect(localName('uk')).toEqual([
			'coalesce',
			['get', 'name_uk'],
			['get', 'name_en'],
			['get', 'name']
		]);
	});
});
