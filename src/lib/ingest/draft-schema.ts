/** The ingest draft: what `npm run ingest` writes and the review step reads. Offsets are `[start, end)`. */
import * as v from 'valibot';

const IsoDay = v.pipe(v.string(), v.isoDate());
const Span = v.pipe(
	v.tuple([
		v.pipe(v.number(), v.integer(), v.minValue(0)),
		v.pipe(v.number(), v.integer(), v.minValue(0))
	]),
	v.check(([s, e]) => s <= e, 'a span ends after it starts')
);
const Lon = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const Lat = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));

const PlaceKindSchema = v.picklist([
	'city',
	'town',
	'village',
	'oblast',
	'region',
	'country',
	'continent',
	'river',
	'other'
]);

const DraftPlaceSchema = v.object({
	name: v.pipe(v.string(), v.minLength(1)),
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case')),
	/** The gazetteer's key: `gn:<geonameid>`, `adm1:<ISO 3166-2>`, `country:<ISO2>` or `continent:<name>`. */
	key: v.string(),
	geonameid: v.nullable(v.pipe(v.number(), v.integer())),
	lon: Lon,
	lat: Lat,
	kind: PlaceKindSchema,
	country: v.string(),
	confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	mentions: v.pipe(v.array(Span), v.minLength(1)),
	candidates: v.array(
		v.object({
			key: v.string(),
			geonameid: v.nullable(v.number()),
			name: v.string(),
			lon: Lon,
			lat: Lat,
			score: v.number()
		})
	)
});

const SaidOnSchema = v.nullable(v.union([IsoDay, v.object({ from: IsoDay, to: IsoDay })]));

const DraftStatementSchema = v.object({
	quote: v.pipe(v.string(), v.minLength(1)),
	span: Span,
	direct: v.boolean(),
	speaker: v.nullable(
		v.object({
			name: v.pipe(v.string(), v.minLength(1)),
			role: v.nullable(v.string()),
			span: v.nullable(Span)
		})
	),
	cue: v.nullable(v.string()),
	said_on: SaidOnSchema,
	date_text: v.nullable(v.string()),
	via: v.nullable(v.string()),
	places: v.array(v.string()),
	kind: v.picklist(['claim', 'denial', 'report', 'estimate'])
});

export const DraftSchema = v.object({
	article: v.object({
		published: IsoDay,
		title: v.nullable(v.string()),
		outlet: v.nullable(v.string()),
		url: v.nullable(v.pipe(v.string(), v.url()))
	}),
	places: v.array(DraftPlaceSchema),
	statements: v.array(DraftStatementSchema),
	warnings: v.array(v.string())
});

export type Draft = v.InferOutput<typeof DraftSchema>;
export type DraftPlace = v.InferOutput<typeof DraftPlaceSchema>;
export type DraftStatement = v.InferOutput<typeof DraftStatementSchema>;
export type ArticleMeta = Draft['article'];
