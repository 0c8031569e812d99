/**
 * The content model as the app reads it: places and regions as one list of selectable entities,
 * statements indexed by place, the stories with their texts, the snapshots, the site settings and
 * the source credits. Built once from `geodata/` at build time (geometry stays out: MapLibre
 * fetches it by URL, see `urls.ts`; so do the statements' words, `statement-texts.ts`, and each
 * city's status on every snapshot, `place-control.ts`, which load with the panels that show them).
 */
import type { Position } from 'geojson';
import placesCollection from '$geodata/places.geojson?points';
import regionEntries from '$geodata/regions.geojson?properties';
import statementRefs from '$geodata/statements.json?refs';
import storiesJson from '$geodata/stories.json';
import snapshotsJson from '$geodata/snapshots.json';
import siteJson from '$geodata/site.json';
import sourcesJson from '$geodata/sources.json';
import type { Place, Region } from './schema/places';
import type { StatementRef } from './schema/statements';
import type { Site, Snapshot, Source, Story } from './schema/stories';
import { indexStatements } from './statements';
import { frontAtPublication } from './stories';

/** A place or region the reader can select: a city point or an oblast area. */
export interface Entity {
	id: string;
	kind: 'city' | 'oblast';
	role: 'article' | 'context';
	names: { en: string; uk: string; ru?: string };
	country: 'UA' | 'RU';
	/** The oblast a city lies in; null for an oblast. */
	oblast: { id: string; en: string; uk: string } | null;
	/** Pre-war GeoNames population of a city; null for oblasts and where GeoNames has none. */
	population: number | null;
	/** The city's point, or the middle of the oblast's bounding box. */
	coordinates: Position;
	/** [west, south, east, north] in degrees. */
	bbox: [number, number, number, number];
}

/**
 * The catalog. The reader's holds each statement's reference only: the panels that show the
 * words look them up (`statement-texts.ts`). The studio's preview of a draft holds whole
 * statements, which are references too.
 */
export interface Catalog {
	entities: Entity[];
	byId: Map<string, Entity>;
	/** Statements about each entity, oldest first. */
	statementsByPlace: Map<string, StatementRef[]>;
	statements: StatementRef[];
	/** The stories by id, in `stories.json` order (their texts: `article-text.ts`). */
	articles: Map<string, Story>;
	/** Every front-line snapshot, in `snapshots.json` order. */
	snapshots: Snapshot[];
	/** Each story's front at publication (the snapshot nearest to it), by story id. */
	frontAt: Map<string, Snapshot>;
	site: Site;
	/** The story the app opens on: the site's `default_story`, else the first. */
	defaultStory: string;
	sources: Source[];
}

function cityEntity(place: Omit<Place, 'control'>, coordinates: Position): Entity {
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
		population: null,
		coordinates: [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2],
		bbox
	};
}

function buildCatalog(): Catalog {
	const cities = placesCollection.features.map((feature) =>
		cityEntity(
			feature.properties as Omit<Place, 'control'>,
			(feature.geometry as { coordinates: Position }).coordinates
		)
	);
	const regions = regionEntries.map((entry) =>
		regionEntity(entry.properties as Region, entry.bbox)
	);
	const entities = [...regions, ...cities];
	const { sorted: statements, byPlace: statementsByPlace } = indexStatements(
		entities.map((e) => e.id),
		statementRefs
	);
	const stories = storiesJson as Story[];
	const snapshots = snapshotsJson as Snapshot[];
	const articles = new Map(stories.map((story) => [story.id, story]));
	return {
		entities,
		byId: new Map(entities.map((e) => [e.id, e])),
		statementsByPlace,
		statements,
		articles,
		snapshots,
		frontAt: new Map(stories.map((story) => [story.id, frontAtPublication(story, snapshots)])),
		site: siteJson as Site,
		defaultStory: (siteJson as Site).default_story ?? stories[0]?.id ?? '',
		sources: sourcesJson as Source[]
	};
}

export const catalog: Catalog = buildCatalog();
