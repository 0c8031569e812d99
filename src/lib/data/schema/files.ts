/**
 * The layout of `geodata/`: which file holds what, and the schema each file's features or records
 * must match. Read by the validator (`../validate.ts`).
 */
import type * as v from 'valibot';
import { PlaceRecordSchema, PlaceSchema, RegionSchema } from './places';
import { StatementSchema } from './statements';
import { SnapshotSchema, SourceSchema, StorySchema } from './stories';
import {
	BorderSchema,
	ChangeSchema,
	CountryAreaSchema,
	FrontlineSchema,
	LabelSchema,
	LakeSchema,
	LandSchema,
	OblastLineSchema,
	RiverSchema,
	UrbanSchema
} from './map-features';

export type GeometryType = 'Point' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon';

export interface LayerSpec {
	/** Geometry types allowed in the layer. */
	geometry: readonly GeometryType[];
	/** Schema for each feature's `properties`. */
	properties: v.GenericSchema;
}

const AREA = ['Polygon', 'MultiPolygon'] as const;
const LINE = ['LineString', 'MultiLineString'] as const;
const POINT = ['Point'] as const;

/** The layout of every snapshot file (`snapshots.json` lists them) and story gains file. */
export const SNAPSHOT_LAYER: LayerSpec = { geometry: AREA, properties: FrontlineSchema };
export const GAINS_LAYER: LayerSpec = { geometry: AREA, properties: ChangeSchema };

/** Every other GeoJSON file in `geodata/`, keyed by its path relative to `geodata/`. */
export const LAYERS = {
	'places.geojson': { geometry: POINT, properties: PlaceSchema },
	'regions.geojson': { geometry: AREA, properties: RegionSchema },
	'basemap/land.geojson': { geometry: AREA, properties: LandSchema },
	'basemap/countries.geojson': { geometry: AREA, properties: CountryAreaSchema },
	'basemap/rivers.geojson': { geometry: LINE, properties: RiverSchema },
	'basemap/lakes.geojson': { geometry: AREA, properties: LakeSchema },
	'basemap/urban.geojson': { geometry: AREA, properties: UrbanSchema },
	'basemap/oblast-lines.geojson': { geometry: LINE, properties: OblastLineSchema },
	'basemap/border.geojson': { geometry: LINE, properties: BorderSchema },
	'basemap/labels.geojson': { geometry: POINT, properties: LabelSchema }
} as const satisfies Record<string, LayerSpec>;

/** JSON record files in `geodata/` and the schema of each array element. */
export const RECORDS = {
	'sources.json': SourceSchema,
	'stories.json': StorySchema,
	'snapshots.json': SnapshotSchema,
	'places.json': PlaceRecordSchema,
	'statements.json': StatementSchema
} as const;

/** Files that describe the data rather than derive from a source; exempt from source coverage. */
export const META_FILES: readonly string[] = [
	'sources.json',
	'site.json',
	'snapshots.json',
	'places.json'
];
