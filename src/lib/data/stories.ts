/**
 * The content model's rules as pure functions over plain records: which snapshot is a story's
 * "front at publication", and which snapshot the map shows on a date. The build, the validator
 * and the app all use them, so they agree.
 */
import type { DateOrRange } from './schema/primitives';
import type { Snapshot, Story } from './schema/stories';

/** The last day of a date or a range. */
export function endOf(date: DateOrRange): string {
	return typeof date === 'string' ? date : date.to;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * The snapshot nearest to the story's (last possible) publication day, among those it refers to;
 * on a tie, the later one.
 * @throws when the story names no snapshot of `snapshots`
 */
export function frontAtPublication(story: Story, snapshots: readonly Snapshot[]): Snapshot {
	const published = dayNumber(endOf(story.published));
	const own = snapshots.filter((s) => story.snapshots.includes(s.id));
	const nearest = own.reduce<Snapshot | null>((best, s) => {
		if (!best) return s;
		const [d, b] = [
			Math.abs(dayNumber(s.date) - published),
			Math.abs(dayNumber(best.date) - published)
		];
		return d < b || (d === b && s.date > best.date) ? s : best;
	}, null);
	if (!nearest) throw new Error(`story ${story.id} refers to no known snapshot`);
	return nearest;
}

/**
 * The snapshot the map shows on `date`: the latest on or before it (the first listed of a day),
 * or the earliest when none is that old.
 * @param snapshots candidates in `snapshots.json` order, at least one
 */
export function snapshotOn(date: string, snapshots: readonly Snapshot[]): Snapshot {
	let best: Snapshot | null = null;
	for (const s of snapshots) if (s.date <= date && (!best || s.date > best.date)) best = s;
	return best ?? snapshots.reduce((a, b) => (b.date < a.date ? b : a));
}

/**
 * The snapshot before `snapshot` in its own series (the grey-zone snapshots, or the weekly ones),
 * by date; null for a series' first. The front's shift is measured from it.
 */
export function earlierSnapshot(
	snapshot: Snapshot,
	snapshots: readonly Snapshot[]
): Snapshot | null {
	let best: Snapshot | null = null;
	for (const s of snapshots) {
		if (s.grey_zone !== snapshot.grey_zone || s.date >= snapshot.date) continue;
		if (!best || s.date > best.date) best = s;
	}
	return best;
}
