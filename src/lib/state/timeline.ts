/**
 * The timeline: every date the article's statements were made, and the front-line snapshot
 * dates, on one axis. A chosen date shows the statements made up to it and the latest snapshot
 * on or before it.
 */
import type { Catalog } from '$lib/data/catalog';
import { compareDays, startOf } from '$lib/data/statements';
import type { DateOrRange, Statement } from '$lib/data/schema';
import { SNAPSHOT_DATES, type SnapshotDate } from '$lib/data/urls';

export interface TimelineEntry {
	/** ISO date used in `?date=`: a statement's first day, or a snapshot date. */
	date: string;
	/** What to show: the date, or the range a statement gives ("early June"). */
	label: DateOrRange;
	/** True when a front-line snapshot was taken that day. */
	snapshot: boolean;
	/** Statements whose date starts that day. */
	statements: Statement[];
}

/** Timeline entries, oldest first. */
export function timelineEntries(catalog: Catalog): TimelineEntry[] {
	const entries = new Map<string, TimelineEntry>();
	const entry = (date: string, label: DateOrRange) => {
		let found = entries.get(date);
		if (!found) {
			found = { date, label, snapshot: false, statements: [] };
			entries.set(date, found);
		}
		return found;
	};
	for (const date of SNAPSHOT_DATES) entry(date, date).snapshot = true;
	for (const statement of catalog.statements) {
		entry(startOf(statement.said_on), statement.said_on).statements.push(statement);
	}
	return [...entries.values()].sort((a, b) => compareDays(a.date, b.date));
}

/** The latest snapshot on or before `date`; the latest of all when `date` is null. */
export function snapshotFor(date: string | null): SnapshotDate {
	return SNAPSHOT_DATES.findLast((d) => date === null || d <= date) ?? SNAPSHOT_DATES[0];
}
