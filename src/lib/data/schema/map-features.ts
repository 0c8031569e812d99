/**
 * Properties of the derived GeoJSON features the map draws: the front line, Russia's gains and the
 * basemap, plus the geometry shapes (coordinate-level rules live in `validate/geojson.ts`).
 */
import * as v from 'valibot';
import { IdSchema, IsoDateSchema, NonEmptySchema, UkrainianNameSchema } from './primitives';

const PositionSchema = v.tuple([v.number(), v.number()]);
const RingSchema = v.array(PositionSchema);

export const PointSchema = v.object({ type: v.literal('Point'), coordinates: PositionSchema });
export const PolygonSchema = v.object({
	type: v.literal('Polygon'),
	coordinates: v.array(RingSchema)
});
export const MultiPolygonSchema = v.object({
	type: v.literal('MultiPolygon'),
	coordinates: v.array(v.array(RingSchema))
});

export const FrontlineSchema = v.strictObject({
	status: v.picklist(['occupied', 'contested']),
	date: IsoDateSchema
});

export const ChangeSchema = v.strictObject({
	change: v.literal('russian_gain'),
	/** Area in km², as computed by the source. */
	area_km2: v.pipe(v.number(), v.minValue(0)),
	oblast_id: IdSchema,
	from_date: IsoDateSchema,
	to_date: IsoDateSchema
});

export const LandSchema = v.strictObject({});
export const CountryAreaSchema = v.strictObject({
	name: NonEmptySchema,
	/** ISO 3166-1 numeric code; null where there is none (Kosovo). */
	iso_n3: v.nullable(v.string())
});
export const RiverSchema = v.strictObject({
	name: v.nullable(NonEmptySchema),
	/** The Ukrainian name, for the rivers around Ukraine (scripts/lib/tables.ts). */
	name_uk: v.optional(UkrainianNameSchema),
	scalerank: v.number()
});
export const LakeSchema = v.strictObject({ name: v.nullable(NonEmptySchema) });
export const UrbanSchema = v.strictObject({});
export const OblastLineSchema = v.strictObject({
	kind: v.picklist(['ua_oblast_boundary', 'ru_oblast_boundary'])
});
export const BorderSchema = v.strictObject({ kind: v.literal('ua_ru_border') });
export const LabelSchema = v.strictObject({
	id: IdSchema,
	kind: v.picklist(['country', 'sea']),
	name_en: NonEmptySchema,
	name_uk: UkrainianNameSchema
});

export type Frontline = v.InferOutput<typeof FrontlineSchema>;
export type Change = v.InferOutput<typeof ChangeSchema>;
/** A feature of a story's gains file: ground Russia gained between two snapshots. */
export interface ChangeFeature {
	type: 'Feature';
	geometry: v.InferOutput<typeof PolygonSchema> | v.InferOutput<typeof MultiPolygonSchema>;
	properties: Change;
}
export type CountryArea = v.InferOutput<typeof CountryAreaSchema>;
export type River = v.InferOutput<typeof RiverSchema>;
export type Lake = v.InferOutput<typeof LakeSchema>;
export type OblastLine = v.InferOutput<typeof OblastLineSchema>;
export type Border = v.InferOutput<typeof BorderSchema>;
export type Label = v.InferOutput<typeof LabelSchema>;

/** A FeatureCollection whose features match `F`. */
export interface Collection<F> {
	type: 'FeatureCollection';
	features: F[];
}
