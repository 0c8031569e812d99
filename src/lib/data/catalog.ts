/**
 * The article's data as the app reads it: places and regions as one list of selectable entities,
 * statements indexed by place, the article text and the source credits. Built once from
 * `geodata/` at build time (geometry stays out: MapLibre fetches it by URL, see `urls.ts`).
 */
import type { Position } from 'geojson';
import placesCollection from '$geodata/places.geojson?json';
import regionEntries from '$geodata/regions.geojson?properties';
import statementsJson from '$geodata/statements.json';
import articlesJson from '$geodata/articles.json';
import sourcesJson from '$geodata/sources.json';
import type { Article, Control, Place, Region, Source, Statement } from './schema';
import { indexStatements } from './statements';

/** A place or region the reader can select: a city point or an oblast area. */
export interface Entity {
	id: string;
	kind: 'city' | 'oblast';
	role: 'article' | 'context';
	names: { en: string; uk: string; ru?: string };
	country: 'UA' | 'RU';
	/** The oblast a city lies in; null for an oblast. */
	oblast: { id: string; en: string; uk: string } | null;
	/** DeepStateMap status of a city's point; null for oblasts and places in Russia. */
	control: { before: Control; after: Control } | null;
	/** Pre-war GeoNames population of a city; null for oblasts and where GeoNames has none. */
	population: number | null;
	/** The city's point, or the middle of the oblast's bounding box. */
	coordinates: Position;
	/** [west, south, east, north] in degrees. */
	bbox: [number, number, number, number];
}

export interface Catalog {
	entities: Entity[];
	byId: Map<string, Entity>;
	/** Statements about each entity, oldest first. */
	statementsByPlace: Map<string, Statement[]>;
	statements: Statement[];
	articles: Map<string, Article & { body: string }>;
	sources: Source[];
}

const articleTexts = import.meta.glob('/geodata/articles/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

function cityEntity(place: Place, coordinates: Position): Entity {
	return {
		id: place.id,
		kind: 'city',
		role: place.role,
		names: {
			en: place.name_en,
			uk: place.name_uk,
			...(place.name_ru ? { ru: place.name_ru } : {})
		},
		country: place.country,
		oblast: { id: place.oblast_id, en: place.oblast_en, uk: place.oblast_uk },
		control:
			place.country === 'UA'
				? { before: place.control_2024_05_09, after: place.control_2024_07_24 }
				: null,
		population: place.population,
		coordinates,
		bbox: [coordinates[0]!, coordinates[1]!, coordinates[0]!, coordinates[1]!]
	};
}

function regionEntity(region: Region, bbox: [number, number, number, number]): Entity {
	return {
		id: region.id,
		kind: 'oblast',
		role: region.role,
		names: {
			en: region.name_en,
			uk: region.name_uk,
			...(region.name_ru ? { ru: region.name_ru } : {})
		},
		country: region.country,
		oblast: null,
		control: null,
		population: null,
		coordinates: [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2],
		bbox
	};
}

function buildCatalog(): Catalog {
	const cities = placesCollection.features.map((feature) =>
		cityEntity(
			feature.properties as Place,
			(feature.geometry as { coordinates: Position }).coordinates
		)
	);
	const regions = regionEntries.map((entry) =>
		regionEntity(entry.properties as Region, entry.bbox)
	);
	const entities = [...regions, ...cities];
	const { sorted: statements, byPlace: statementsByPlace } = indexStatements(
		entities.map((e) => e.id),
		statementsJson as Statement[]
	);
	const articles = new Map(
		(articlesJson as Article[]).map((article) => [
			article.id,
			{ ...article, body: articleTexts[`/geodata/${article.text}`] ?? '' }
		])
	);
	return {
		entities,
		byId: new Map(entities.map((e) => [e.id, e])),
		statementsByPlace,
		statements,
		articles,
		sources: sourcesJson as Source[]
	};
}

export const catalog: Catalog = buildCatalog();
