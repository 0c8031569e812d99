/**
 * The building blocks every `geodata/` schema shares: ids, calendar dates and ranges, non-empty and
 * Ukrainian texts, localised texts and `[lon, lat]` points inside the region the data covers.
 */
import * as v from 'valibot';

/** Stable kebab-case id, the only join between statements, places and regions. */
export const IdSchema = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case')
);

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
export const IsoDateSchema = v.pipe(
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

export const DateOrRangeSchema = v.union([IsoDateSchema, DateRangeSchema]);

export const NonEmptySchema = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** A Ukrainian name: the apostrophe is always the modifier letter ʼ (U+02BC). */
export const UkrainianNameSchema = v.pipe(
	NonEmptySchema,
	v.regex(/^[^'’]*$/, 'use the modifier apostrophe ʼ (U+02BC)')
);

/** A text in each of the app's languages. */
export const LocalisedSchema = v.strictObject({ en: NonEmptySchema, uk: NonEmptySchema });

/** The region the data covers, used to spot swapped lon/lat (lon 19–48, lat 40–58). */
export const REGION_BBOX = { west: 19, south: 40, east: 48, north: 58 } as const;

/** A `[lon, lat]` point inside the region the data covers. */
export const LonLatSchema = v.tuple([
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

export type DateOrRange = v.InferOutput<typeof DateOrRangeSchema>;
