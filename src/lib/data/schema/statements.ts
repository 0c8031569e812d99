/** A statement: who said what about which places, when, and how the words reached the article. */
import * as v from 'valibot';
import { DateOrRangeSchema, IdSchema, NonEmptySchema } from './primitives';

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

export type Statement = v.InferOutput<typeof StatementSchema>;

/**
 * A statement without its words: what the first screen counts, dates and filters by. The words
 * (quote, speaker, source) load with the panels that show them (`data/statement-texts.ts`).
 */
export type StatementRef = Pick<Statement, 'id' | 'article' | 'places' | 'said_on'>;
