/**
 * Statements by place and by date, as pure functions over plain records: the catalog builds its
 * index with them, the place panel filters with them, and the bench times them at scale.
 */
import type { DateOrRange } from './schema/primitives';
import type { StatementRef } from './schema/statements';

/** The first day of a date or a range, for sorting and timelines. */
export function startOf(date: DateOrRange): string {
	return typeof date === 'string' ? date : date.from;
}

/**
 * Orders ISO days (`YYYY-MM-DD`) by the calendar, which for them is the order of their code units.
 * `localeCompare` would give the same order, but its first call builds an ICU collator, on the
 * page's start-up path.
 */
export function compareDays(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The statements oldest first (a sorted copy), and those about each of `ids` in that order. */
export function indexStatements<S extends StatementRef>(
	ids: Iterable<string>,
	statements: readonly S[]
): { sorted: S[]; byPlace: Map<string, S[]> } {
	const sorted = statements
		.slice()
		.sort((a, b) => compareDays(startOf(a.said_on), startOf(b.said_on)));
	const byPlace = new Map<string, S[]>([...ids].map((id) => [id, []]));
	for (const statement of sorted) {
		for (const placeId of statement.places) byPlace.get(placeId)?.push(statement);
	}
	return { sorted, byPlace };
}

/** The statements said on or before `until` (by their first day); all of them when it is null. */
export function saidUntil<S extends StatementRef>(
	statements: readonly S[],
	until: string | null
): S[] {
	return statements.filter((s) => until === null || startOf(s.said_on) <= until);
}
