/**
 * The content model as the app reads it: places and regions as one list of selectable entities,
 * statements indexed by place, the stories with their texts, the snapshots, the site settings and
 * the source credits. Built once from `geodata/` at build time (geometry stays out: MapLibre
 * fetches it by URL, see `urls.ts`).
 */
import type { Position } from 'geojson';
import placesCollection from '$geodata/places.geojson?json';
import regionEntries from '$geodata/regions.geojson?properties';
import statementsJson from '$geodata/statements.json';
import storiesJson from '$geodata/stories.json';
import snapshotsJson from '$geodata/snapshots.json';
import siteJson from '$geodata/site.json';
import sourcesJson from '$geodata/sources.json';
import type { Control, Place, Region } from './schema/places';
import type { Statement } from './schema/statements';
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
	/** DeepStateMap status of a city's point by snapshot id; null for oblasts and places in Russia. */
	control: Record<string, Control> | null;
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
		control: place.country === 'UA' ? place.control : null,
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
