/**
 * The places and regions of the article, with their statements, as one GeoJSON FeatureCollection
 * (RFC 7946) for GIS users: cities as points, regions as their outlines. Pure: no DOM, no Svelte.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Catalog, Entity } from '$lib/data/catalog';
import type { Control } from '$lib/data/schema/places';
import type { DateOrRange } from '$lib/data/schema/primitives';
import type { Statement } from '$lib/data/schema/statements';
import { withWords } from '$lib/data/statement-texts';
import { controlOf } from '$lib/data/place-control';
import { creditLines, creditsOf, type ArticleCredit, type SourceCredit } from './credits';

/** A statement as exported: everything but the internal notes and the place ids. */
export interface ExportedStatement {
	id: string;
	article: string;
	quote: string;
	wording: Statement['wording'];
	speaker: string;
	role: string;
	said_on: DateOrRange;
	/** How `said_on` was worked out from the article; null where the data gives no note. */
	said_on_note: string | null;
	via: string | null;
	kind: Statement['kind'];
}

export interface PlaceProperties {
	id: string;
	kind: Entity['kind'];
	/** `article`: named in the article; `context`: helps a reader find their way. */
	role: Entity['role'];
	name_en: string;
	name_uk: string;
	name_ru: string | null;
	country: Entity['country'];
	oblast_id: string | null;
	/** What the geometry is: `place`, a city's own coordinates; `outline`, a region's boundary. */
	position: 'place' | 'outline';
	/** DeepStateMap status of a city's point by snapshot id (`snapshots.json`); null for oblasts and places in Russia. */
	control: Record<string, Control> | null;
	statement_count: number;
	/** Statements about the place, oldest first. */
	statements: ExportedStatement[];
}

/** A city's point or a region's outline. */
export type PlaceGeometry = Point | Polygon | MultiPolygon;

/** The export: a FeatureCollection plus foreign members with the credits (RFC 7946 §6.1). */
export type PlacesExport = FeatureCollection<PlaceGeometry, PlaceProperties> & {
	/** One plain-text line per credit, the article first. */
	attribution: string[];
	sources: SourceCredit[];
	articles: ArticleCredit[];
};

function exportStatement(statement: Statement): ExportedStatement {
	return {
		id: statement.id,
		article: statement.article,
		quote: statement.quote,
		wording: statement.wording,
		speaker: statement.speaker.name,
		role: statement.speaker.role,
		said_on: statement.said_on,
		said_on_note: statement.said_on_note ?? null,
		via: statement.via,
		kind: statement.kind
	};
}

function placeFeature(
	entity: Entity,
	statements: Statement[],
	outline: Polygon | MultiPolygon | undefined
): Feature<PlaceGeometry, PlaceProperties> {
	const [lon = 0, lat = 0] = entity.coordinates;
	if (entity.kind === 'oblast' && !outline) throw new Error(`${entity.id}: no outline to export`);
	return {
		type: 'Feature',
		id: entity.id,
		...(entity.kind === 'oblast' ? { bbox: entity.bbox } : {}),
		geometry: outline ?? { type: 'Point', coordinates: [lon, lat] },
		properties: {
			id: entity.id,
			kind: entity.kind,
			role: entity.role,
			name_en: entity.names.en,
			name_uk: entity.names.uk,
			name_ru: entity.names.ru ?? null,
			country: entity.country,
			oblast_id: entity.oblast?.id ?? null,
			position: entity.kind === 'city' ? 'place' : 'outline',
			control: controlOf(entity),
			statement_count: statements.length,
			statements: statements.map(exportStatement)
		}
	};
}

/**
 * Every place of `catalog` as a Point and every region as its outline, each with its names and
 * statements, and the credits of every source and article as top-level members.
 *
 * @param catalog The app's catalog (`$lib/data/catalog`).
 * @param outlines Each region's boundary by id (`loadRegions()`); a region without one throws.
 * @returns A FeatureCollection; serialise it with `JSON.stringify`.
 * @example JSON.stringify(placesGeoJson(catalog, outlines)) // '{"type":"FeatureCollection","features":[…],…}'
 */
export function placesGeoJson(
	catalog: Catalog,
	outlines: ReadonlyMap<string, Polygon | MultiPolygon>
): PlacesExport {
	const credits = creditsOf(catalog);
	return {
		type: 'FeatureCollection',
		features: catalog.entities.map((entity) =>
			placeFeature(
				entity,
				withWords(catalog.statementsByPlace.get(entity.id) ?? []),
				outlines.get(entity.id)
			)
		),
		attribution: creditLines(credits),
		sources: credits.sources,
		articles: credits.articles
	};
}
