/**
 * The data contract of `geodata/`: valibot schemas plus the TypeScript types inferred from them.
 * Imported by the browser app, the build script and the validator, so it must stay free of Node APIs.
 *
 * Geometry coordinates are checked separately (see `validate/geojson.ts`); these schemas describe
 * the shape of each record and of each feature's `properties`.
 */
import * as v from 'valibot';

// ---------------------------------------------------------------------------------------------
// Primitives

/** Stable kebab-case id, the only join between statements, places and regions. */
const IdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));

/** True when `value` is `YYYY-MM-DD` and names a real day of the Gregorian calendar. */
function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** An ISO calendar date, `YYYY-MM-DD`; `2024-02-30` is rejected. */
const IsoDateSchema = v.pipe(
	v.string(),
	v.check(isCalendarDate, (issue) => `not a calendar date ${JSON.stringify(issue.input)}`)
);

/** An inclusive date range; `from` must not be after `to`. */
const DateRangeSchema = v.pipe(
	v.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
	v.forward(
		v.check((range) => range.from <= range.to, 'range ends before it starts'),
		['to']
	)
);

const DateOrRangeSchema = v.union([IsoDateSchema, DateRangeSchema]);

const NonEmptySchema = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** A Ukrainian name: the apostrophe is always the modifier letter ʼ (U+02BC). */
const UkrainianNameSchema = v.pipe(
	NonEmptySchema,
	v.regex(/^[^'’]*$/, 'use the modifier apostrophe ʼ (U+02BC)')
);

// ---------------------------------------------------------------------------------------------
// Geometry (coordinate-level rules live in validate/geojson.ts)

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

// ---------------------------------------------------------------------------------------------
// Places and regions

const CountrySchema = v.picklist(['UA', 'RU']);
const ControlSchema = v.nullable(v.picklist(['ukrainian_controlled', 'occupied', 'contested']));

/** Properties of a point in `places.geojson`. */
const PlaceSchema = v.strictObject({
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
const RegionSchema = v.strictObject({
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

// ---------------------------------------------------------------------------------------------
// Front line (DeepStateMap)

const FrontlineSchema = v.strictObject({
	status: v.picklist(['occupied', 'contested']),
	date: IsoDateSchema
});

const ChangeSchema = v.strictObject({
	change: v.literal('russian_gain'),
	/** Area in km², as computed by the source. */
	area_km2: v.pipe(v.number(), v.minValue(0)),
	oblast_id: IdSchema,
	from_date: IsoDateSchema,
	to_date: IsoDateSchema
});

// ---------------------------------------------------------------------------------------------
// Basemap

const LandSchema = v.strictObject({});
const CountryAreaSchema = v.strictObject({
	name: NonEmptySchema,
	/** ISO 3166-1 numeric code; null where there is none (Kosovo). */
	iso_n3: v.nullable(v.string())
});
const RiverSchema = v.strictObject({
	name: v.nullable(NonEmptySchema),
	/** The Ukrainian name, for the rivers around Ukraine (scripts/lib/tables.ts). */
	name_uk: v.optional(UkrainianNameSchema),
	scalerank: v.number()
});
const LakeSchema = v.strictObject({ name: v.nullable(NonEmptySchema) });
const UrbanSchema = v.strictObject({});
const OblastLineSchema = v.strictObject({
	kind: v.picklist(['ua_oblast_boundary', 'ru_oblast_boundary'])
});
const BorderSchema = v.strictObject({ kind: v.literal('ua_ru_border') });
const LabelSchema = v.strictObject({
	id: IdSchema,
	kind: v.picklist(['country', 'sea']),
	name_en: NonEmptySchema,
	name_uk: UkrainianNameSchema
});

// ---------------------------------------------------------------------------------------------
// Records: sources, articles, statements

export const SourceSchema = v.strictObject({
	id: IdSchema,
	name: NonEmptySchema,
	/** The credit line to show on the map. */
	attribution: NonEmptySchema,
	licence: NonEmptySchema,
	url: v.nullable(v.pipe(v.string(), v.url())),
	/** Paths inside `geodata/` derived from this source. */
	files: v.array(v.pipe(v.string(), v.nonEmpty()))
});

/** A text in each of the app's languages. */
const LocalisedSchema = v.strictObject({ en: NonEmptySchema, uk: NonEmptySchema });

/** A comparison axis: a named group of places and regions, e.g. "Kharkiv axis". */
const AxisSchema = v.strictObject({
	id: IdSchema,
	name: LocalisedSchema,
	/** The city the axis is named after; its distance to the front is reported. */
	main_city: IdSchema,
	/** The axis's home oblast, named beside its figures. */
	oblast: IdSchema,
	/** Every place and region on the axis, for its statements and highlight. */
	places: v.pipe(v.array(IdSchema), v.minLength(1, 'must name at least one place')),
	/**
	 * Measure the axis's ground within this many km of `main_city` (a circle, narrower than an
	 * oblast) instead of in the oblasts among its `places`; absent: whole oblasts.
	 */
	within_km: v.optional(
		v.pipe(v.number(), v.integer('must be whole km'), v.minValue(1), v.maxValue(300))
	)
});

/** One news story: its text, how it was dated, its axes and the front-line snapshots it refers to. */
export const StorySchema = v.strictObject({
	id: IdSchema,
	title: NonEmptySchema,
	outlet: NonEmptySchema,
	url: v.nullable(v.pipe(v.string(), v.url())),
	/** The publication day, or the range it must have been published in. */
	published: DateOrRangeSchema,
	/** How the publication date was established, with the evidence. */
	published_note: NonEmptySchema,
	language: v.picklist(['en', 'uk']),
	/** Path of the verbatim text, relative to `geodata/`. */
	text: v.pipe(v.string(), v.regex(/^articles\/[a-z0-9-]+\.txt$/, 'must be articles/<id>.txt')),
	/** True when the stored text is only part of the article (complete paragraphs). */
	excerpt: v.boolean(),
	/** Id in `sources.json`: the outlet's credit, licence and rights. */
	source: IdSchema,
	/** Zero to three comparison axes. */
	axes: v.pipe(v.array(AxisSchema), v.maxLength(3, 'at most three axes')),
	/** Ids in `snapshots.json` the story refers to; the one nearest publication is "the front at publication". */
	snapshots: v.pipe(v.array(IdSchema), v.minLength(1, 'must name at least one snapshot')),
	/** The snapshot the axes' gains are measured from (up to the front at publication). */
	gains_since: IdSchema
});

/** One front-line snapshot: DeepStateMap as of `date`, with or without the grey zone. */
const SnapshotSchema = v.strictObject({
	id: IdSchema,
	date: IsoDateSchema,
	/** True when the snapshot has a contested ("grey") area as well as the occupied one. */
	grey_zone: v.boolean(),
	/** Path of the derived file, relative to `geodata/`. */
	file: v.pipe(
		v.string(),
		v.regex(/^frontline\/[a-z0-9/-]+\.geojson$/, 'must be frontline/….geojson')
	),
	/** Path of the raw file in the sources directory the build reads. */
	input: NonEmptySchema
});

/** The region the data covers, used to spot swapped lon/lat (lon 19–48, lat 40–58). */
export const REGION_BBOX = { west: 19, south: 40, east: 48, north: 58 } as const;

/** A `[lon, lat]` point inside the region the data covers. */
const LonLatSchema = v.tuple([
	v.pipe(
		v.number(),
		v.minValue(REGION_BBOX.west, 'longitude outside the map (19–48)'),
		v.maxValue(REGION_BBOX.east, 'longitude outside the map (19–48)')
	),
	v.pipe(
		v.number(),
		v.minValue(REGION_BBOX.south, 'latitude outside the map (40–58)'),
		v.maxValue(REGION_BBOX.north, 'latitude outside the map (40–58)')
	)
]);

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

/** The site's title, tagline and what a reader sees first. */
export const SiteSchema = v.strictObject({
	title: LocalisedSchema,
	tagline: LocalisedSchema,
	/** The story whose front at publication the map opens on; null opens on the latest snapshot. */
	default_story: v.nullable(IdSchema),
	default_view: v.picklist(['explore', 'compare', 'article'])
});

/** Who spoke, in English and Ukrainian (the UI language picks one). */
const SpeakerSchema = v.strictObject({
	name: NonEmptySchema,
	name_uk: NonEmptySchema,
	role: NonEmptySchema,
	role_uk: NonEmptySchema
});

export const StatementSchema = v.strictObject({
	id: IdSchema,
	/** Id of its story in `stories.json`. */
	article: IdSchema,
	/** The article's exact words (quote marks and whitespace aside). */
	quote: NonEmptySchema,
	/** `speaker`: the speaker's own words (quoted, often translated); `article`: the outlet's sentence. */
	wording: v.picklist(['speaker', 'article']),
	speaker: SpeakerSchema,
	said_on: DateOrRangeSchema,
	said_on_note: v.optional(NonEmptySchema),
	/** How the words reached the article, e.g. "translation by Ukrainian outlet Pravda". */
	via: v.nullable(NonEmptySchema),
	/** `via` in Ukrainian, for the Ukrainian UI; given whenever `via` is. */
	via_uk: v.optional(NonEmptySchema),
	kind: v.picklist(['claim', 'denial', 'estimate', 'report']),
	/** Ids of places and regions the statement is about. */
	places: v.pipe(v.array(IdSchema), v.minLength(1, 'must name at least one place'))
});

// ---------------------------------------------------------------------------------------------
// Layout of geodata/: which file holds what

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

export { gainsFile } from './paths.ts';

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

// ---------------------------------------------------------------------------------------------
// Inferred types

export type DateOrRange = v.InferOutput<typeof DateOrRangeSchema>;
export type Control = v.InferOutput<typeof ControlSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
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
export type Source = v.InferOutput<typeof SourceSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type Axis = v.InferOutput<typeof AxisSchema>;
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;
export type PlaceRecord = v.InferOutput<typeof PlaceRecordSchema>;
export type Site = v.InferOutput<typeof SiteSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;

/** A FeatureCollection whose features match `F`. */
export interface Collection<F> {
	type: 'FeatureCollection';
	features: F[];
}
