/** Stories and what frames them: sources, comparison axes, front-line snapshots and the site. */
import * as v from 'valibot';
import {
	DateOrRangeSchema,
	IdSchema,
	IsoDateSchema,
	LocalisedSchema,
	NonEmptySchema
} from './primitives';

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
export const SnapshotSchema = v.strictObject({
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

/** The site's title, tagline and what a reader sees first. */
export const SiteSchema = v.strictObject({
	title: LocalisedSchema,
	tagline: LocalisedSchema,
	/** The story whose front at publication the map opens on; null opens on the latest snapshot. */
	default_story: v.nullable(IdSchema),
	default_view: v.picklist(['explore', 'compare', 'article'])
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type Axis = v.InferOutput<typeof AxisSchema>;
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;
export type Site = v.InferOutput<typeof SiteSchema>;
