/**
 * The timeline: every date the stories' statements were made, and every front-line snapshot
 * date, on one axis. A chosen date shows the statements made up to it and the latest snapshot
 * on or before it; with no date, the map shows the default story's front at publication.
 */
import type { Catalog } from '$lib/data/catalog';
import { compareDays, startOf } from '$lib/data/statements';
import type { DateOrRange } from '$lib/data/schema/primitives';
import type { StatementRef } from '$lib/data/schema/statements';
import type { Snapshot } from '$lib/data/schema/stories';
import { earlierSnapshot, snapshotOn } from '$lib/data/stories';
import type { LegendSnapshot } from '$lib/theme/legend';

export interface TimelineEntry {
	/** ISO date used in `?date=`: a statement's first day, or a snapshot date. */
	date: string;
	/** What to show: the date, or the range a statement gives ("early June"). */
	label: DateOrRange;
	/** True when a front-line snapshot was taken that day. */
	snapshot: boolean;
	/** Statements whose date starts that day. */
	statements: StatementRef[];
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
	for (const { date } of catalog.snapshots) entry(date, date).snapshot = true;
	for (const statement of catalog.statements) {
		entry(startOf(statement.said_on), statement.said_on).statements.push(statement);
	}
	return [...entries.values()].sort((a, b) => compareDays(a.date, b.date));
}

/**
 * The snapshot the map shows: the latest on or before `date`, or with no date the default
 * story's front at publication. #17's legend and exports read the date on screen from here.
 */
export function snapshotFor(date: string | null, catalog: Catalog): Snapshot {
	const atPublication = catalog.frontAt.get(catalog.defaultStory);
	if (date === null && atPublication) return atPublication;
	return snapshotOn(date ?? '9999-12-31', catalog.snapshots);
}

/** True for the snapshots of the weekly series, which the time-lapse steps through. */
function isWeekly(snapshot: Snapshot): boolean {
	return snapshot.id.startsWith('weekly-');
}

/** The weekly series, oldest first. */
export function weeklySnapshots(catalog: Catalog): Snapshot[] {
	return catalog.snapshots.filter(isWeekly).sort((a, b) => compareDays(a.date, b.date));
}

/**
 * The snapshot on screen as the legend and the exports explain it: its date, whether it has a grey
 * zone, and where the gains drawn on it start. On a chosen date (`date`) a weekly snapshot shows the
 * week's gains, since the series' previous snapshot; otherwise a story's front at publication
 * shows the story's gains since its `gains_since`, and the map draws no gains on any other.
 */
export function legendSnapshot(
	snapshot: Snapshot,
	catalog: Catalog,
	date: string | null = null
): LegendSnapshot {
	if (date !== null && isWeekly(snapshot)) {
		const week = earlierSnapshot(snapshot, catalog.snapshots);
		return { date: snapshot.date, greyZone: snapshot.grey_zone, gainsSince: week?.date ?? null };
	}
	const story = [...catalog.articles.values()].find((s) => catalog.frontAt.get(s.id) === snapshot);
	const since = story && catalog.snapshots.find((s) => s.id === story.gains_since);
	return { date: snapshot.date, greyZone: snapshot.grey_zone, gainsSince: since?.date ?? null };
}
