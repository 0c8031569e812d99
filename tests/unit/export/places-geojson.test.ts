import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import placesCollection from '$geodata/places.geojson?json';
import { catalog } from '$lib/data/catalog';
import { MultiPolygonSchema, PointSchema, PolygonSchema } from '$lib/data/schema/map-features';
import { placesGeoJson } from '$lib/export/places-geojson';

const regions = JSON.parse(readFileSync('geodata/regions.geojson', 'utf8')) as FeatureCollection<
	Polygon | MultiPolygon
>;
const outlines = new Map(regions.features.map((f) => [String(f.properties!.id), f.geometry]));
const exported = placesGeoJson(catalog, outlines);
/** What a GIS tool reads: the serialised file, not the object. */
const parsed = JSON.parse(JSON.stringify(exported)) as typeof exported;
const byId = new Map(parsed.features.map((f) => [f.properties.id, f]));

describe('placesGeoJson', () => {
	// GIS tools (QGIS, geojson.io) reject anything that is not an RFC 7946 FeatureCollection.
	it('is an RFC 7946 FeatureCollection of points and outlines in WGS 84', () => {
		expect(parsed).toEqual(exported);
		expect(parsed.type).toBe('FeatureCollection');
		expect(parsed.features.length).toBe(catalog.entities.length);
		for (const feature of parsed.features) {
			expect(feature.type).toBe('Feature');
			const schema = v.union([PointSchema, PolygonSchema, MultiPolygonSchema]);
			expect(() => v.parse(schema, feature.geometry)).not.toThrow();
			expect(typeof feature.properties).toBe('object');
			expect(feature.id).toBe(feature.properties.id);
			if (feature.bbox) {
				const [w, s, e, n] = feature.bbox;
				expect(w! <= e! && s! <= n!).toBe(true);
			}
		}
	});

	// Every place the article names must be in the download, with what was said about it.
	it('has every article place with all its statements, oldest first', () => {
		const articlePlaces = catalog.entities.filter((e) => e.role === 'article');
		expect(articlePlaces.length).toBeGreaterThan(0);
		for (const entity of articlePlaces) {
			const feature = byId.get(entity.id);
			expect(feature, entity.id).toBeDefined();
			expect(feature!.properties.name_en).toBe(entity.names.en);
			expect(feature!.properties.name_uk).toBe(entity.names.uk);
			const ids = (catalog.statementsByPlace.get(entity.id) ?? []).map((s) => s.id);
			expect(feature!.properties.statements.map((s) => s.id)).toEqual(ids);
			expect(feature!.properties.statement_count).toBe(ids.length);
		}
		expect(byId.get('pokrovsk')!.properties.statements.map((s) => s.quote)).toContain(
			'throwing everything they have'
		);
	});

	// A statement must keep who said it, when and through whom, or it cannot be checked.
	it('keeps speaker, role, date, via and kind of each statement', () => {
		const statement = byId
			.get('pokrovsk')!
			.properties.statements.find((s) => s.id === 'zelenskyy-throwing-everything');
		expect(statement).toEqual({
			id: 'zelenskyy-throwing-everything',
			article: 'bi-2024-07-zelenskyy-kharkiv',
			quote: 'throwing everything they have',
			wording: 'speaker',
			speaker: 'Volodymyr Zelenskyy',
			role: 'President of Ukraine',
			said_on: '2024-07-31',
			said_on_note: expect.stringMatching(
				/^The article says “on Wednesday”: Wednesday 31 July 2024/
			),
			via: 'interview with French media',
			kind: 'claim'
		});
	});

	// A city's point is where it is; a region is its outline, not a centre point that stands for it.
	it('puts cities at their coordinates and gives regions their outlines', () => {
		for (const place of placesCollection.features) {
			const feature = byId.get(place.properties!.id as string)!;
			expect(feature.geometry).toEqual(place.geometry);
			expect(feature.properties.position).toBe('place');
		}
		for (const region of regions.features) {
			const feature = byId.get(String(region.properties!.id))!;
			expect(feature.properties.position).toBe('outline');
			expect(feature.geometry).toEqual(region.geometry);
		}
		expect(byId.get('kharkiv-oblast')!.geometry.type).toMatch(/Polygon$/);
	});

	// An export that silently fell back to a point would misstate a region's extent.
	it('refuses to export a region without its outline', () => {
		expect(() => placesGeoJson(catalog, new Map())).toThrow('no outline');
	});

	// Licences require the credits to travel with the data.
	it('carries the attribution and licence of every source and the article title and outlet', () => {
		expect(parsed.sources.map((s) => [s.attribution, s.licence])).toEqual(
			catalog.sources.map((s) => [s.attribution, s.licence])
		);
		for (const source of catalog.sources) {
			expect(parsed.attribution.some((line) => line.includes(source.attribution))).toBe(true);
		}
		const [article] = catalog.articles.values();
		expect(parsed.articles[0]).toMatchObject({ title: article!.title, outlet: article!.outlet });
		expect(parsed.attribution[0]).toContain(article!.title);
	});
});
