/** Places and regions: the GeoJSON properties the app reads and the `places.json` records a story ships. */
import * as v from 'valibot';
import { IdSchema, LonLatSchema, NonEmptySchema, UkrainianNameSchema } from './primitives';

const CountrySchema = v.picklist(['UA', 'RU']);
const ControlSchema = v.nullable(v.picklist(['ukrainian_controlled', 'occupied', 'contested']));

/** Properties of a point in `places.geojson`. */
export const PlaceSchema = v.strictObject({
	id: IdSchema,
	name_en: NonEmptySchema,
	name_uk: UkrainianNameSchema,
	/** Only for places in Russia. */
	name_ru: v.optional(NonEmptySchema),
	kind: v.literal('city'),
	/** `article`: named in the article; `context`: helps a reader find their way. */
	role: v.picklist(['article', 'context']),
	country: CountrySchema,
	oblast_id: IdSchema,
	oblast_en: NonEmptySchema,
	oblast_uk: UkrainianNameSchema,
	/** DeepStateMap status of the point on each snapshot, by snapshot id; empty in Russia. */
	control: v.record(IdSchema, ControlSchema),
	/** Pre-war GeoNames population; null when GeoNames has none. */
	population: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))
});

/** Properties of an oblast in `regions.geojson`. */
export const RegionSchema = v.strictObject({
	id: IdSchema,
	name_en: NonEmptySchema,
	name_uk: UkrainianNameSchema,
	name_ru: v.optional(NonEmptySchema),
	kind: v.literal('oblast'),
	role: v.literal('article'),
	country: CountrySchema,
	/** Id of the entry in `sources.json` the outline comes from. */
	source: IdSchema
});

/**
 * A place to ship: `npm run data` adds its point (from the GeoNames extract, else `coordinates`),
 * country, population and control.
 */
export const PlaceRecordSchema = v.pipe(
	v.strictObject({
		id: IdSchema,
		/** GeoNames id; null for the few villages GeoNames lacks (matched on `name_en`). */
		geonames_id: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
		name_en: NonEmptySchema,
		name_uk: UkrainianNameSchema,
		name_ru: v.optional(NonEmptySchema),
		kind: v.literal('city'),
		role: v.picklist(['article', 'context']),
		/** Id of the oblast the place lies in. */
		oblast: IdSchema,
		/** `[lon, lat]`, used only when the GeoNames extract (`places/cities.geojson`) lacks the place. */
		coordinates: v.optional(LonLatSchema),
		/** Where `coordinates` come from: a GeoNames id, a gazetteer, an editor's map click. */
		coordinates_note: v.optional(NonEmptySchema)
	}),
	v.forward(
		v.check(
			(place) => (place.coordinates === undefined) === (place.coordinates_note === undefined),
			'coordinates and coordinates_note go together'
		),
		['coordinates_note']
	)
);

export type Control = v.InferOutput<typeof ControlSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
export type PlaceRecord = v.InferOutput<typeof PlaceRecordSchema>;
