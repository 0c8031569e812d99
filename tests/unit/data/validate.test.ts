import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGeodata } from '$lib/data/validate';
import { readTree } from '../../../scripts/lib/read-tree';

const FIXTURES = join(import.meta.dirname, '../../fixtures/geodata');
const valid = readTree(join(FIXTURES, 'valid'));

/** The valid fixture with the files of one broken variant laid over it. */
function broken(name: string): Record<string, string> {
	return { ...valid, ...readTree(join(FIXTURES, 'broken', name)) };
}

describe('validateGeodata', () => {
	// The shipped data must satisfy its own contract.
	it('finds no errors in geodata/', () => {
		expect(validateGeodata(readTree(join(import.meta.dirname, '../../../geodata')))).toEqual([]);
	});

	// Guards against the broken variants passing because the base fixture is already broken.
	it('finds no errors in the valid fixture', () => {
		expect(validateGeodata(valid)).toEqual([]);
	});

	// Each defect must produce exactly one line that names file, record, field and problem.
	it.each([
		[
			'swapped-lon-lat',
			'places.geojson: kharkiv: geometry.coordinates: likely swapped lon/lat [49.98177, 36.25475]'
		],
		[
			'unclosed-ring',
			'regions.geojson: kharkiv-oblast: geometry.coordinates[0]: ring is not closed'
		],
		[
			'clockwise-ring',
			'frontline/2024-07-24.geojson: #0: geometry.coordinates[0][0]: outer ring is clockwise, expected counter-clockwise'
		],
		['duplicate-id', 'regions.geojson: pokrovsk: id: duplicate id (also in places.geojson)'],
		[
			'unknown-place',
			'statements.json: zelenskyy-throwing-everything: places[1]: unknown place id "lozova"'
		],
		[
			'paraphrased-quote',
			'statements.json: zelenskyy-throwing-everything: quote: not found verbatim in articles/test-article.txt'
		],
		[
			'invalid-date',
			'statements.json: zelenskyy-throwing-everything: said_on: not a calendar date "2024-02-30"'
		],
		['missing-attribution', 'sources.json: geonames: attribution: missing required property'],
		['missing-property', 'places.geojson: kharkiv: properties.name_uk: missing required property']
	])('reports %s', (name, line) => {
		expect(validateGeodata(broken(name))).toEqual([line]);
	});

	// A missing layer must be reported, not silently skipped.
	it('reports a missing file', () => {
		const files = { ...valid };
		delete files['basemap/urban.geojson'];
		expect(validateGeodata(files)).toContain('basemap/urban.geojson: (file): -: missing file');
	});

	// Coverage: a file no source claims cannot be credited on the map.
	it('reports a file not covered by any source', () => {
		const errors = validateGeodata({ ...valid, 'notes.txt': 'x' });
		expect(errors).toEqual([
			'notes.txt: (file): source: not covered by any source in sources.json'
		]);
	});

	// A place's own coordinates: inside the map, and always with where they come from.
	it.each([
		[
			{ coordinates: [36.25475, 49.98177] },
			'places.json: kharkiv: coordinates_note: coordinates and coordinates_note go together'
		],
		[
			{ coordinates: [50.5, 49.98177], coordinates_note: 'GeoNames 706483' },
			'places.json: kharkiv: coordinates[0]: longitude outside the map (19–48)'
		],
		[
			{ coordinates_note: 'GeoNames 706483' },
			'places.json: kharkiv: coordinates_note: coordinates and coordinates_note go together'
		]
	])('reports a place record with %j', (fields, line) => {
		const places = JSON.parse(valid['places.json']!) as object[];
		places[0] = { ...places[0], ...fields };
		expect(validateGeodata({ ...valid, 'places.json': JSON.stringify(places) })).toEqual([line]);
	});

	it('accepts a place record with coordinates and their note', () => {
		const places = JSON.parse(valid['places.json']!) as object[];
		places[0] = { ...places[0], coordinates: [36.25475, 49.98177], coordinates_note: 'GeoNames' };
		expect(validateGeodata({ ...valid, 'places.json': JSON.stringify(places) })).toEqual([]);
	});

	// Ranges must not run backwards.
	it('reports a date range that ends before it starts', () => {
		const statements = JSON.parse(valid['statements.json']!) as { said_on: unknown }[];
		statements[0]!.said_on = { from: '2024-07-24', to: '2024-07-01' };
		const errors = validateGeodata({ ...valid, 'statements.json': JSON.stringify(statements) });
		expect(errors).toEqual([
			'statements.json: zelenskyy-throwing-everything: said_on.to: range ends before it starts'
		]);
	});
});
