/**
 * The time-lapse over the weekly series: which week a chosen date shows, and the statements made
 * in each week, for the flags on the slider's track.
 */
import type { Catalog } from '$lib/data/catalog';
import type { Statement } from '$lib/data/schema/statements';
import type { Snapshot } from '$lib/data/schema/stories';
import { compareDays, startOf } from '$lib/data/statements';
import { withWords } from '$lib/data/statement-texts';
import { weeklySnapshots } from './timeline';

/** One step of the time-lapse: a weekly snapshot and the statements made in the week up to it. */
export interface TimeLapseStep {
	snapshot: Snapshot;
	/** Statements whose date starts after the previous step's date, up to this step's. */
	statements: Statement[];
}

/** The time-lapse's steps, oldest first; the first step holds the statements up to its date. */
export function timeLapseSteps(catalog: Catalog): TimeLapseStep[] {
	const weeks = weeklySnapshots(catalog);
	return weeks.map((snapshot, i) => {
		const after = i === 0 ? null : weeks[i - 1]!.date;
		const statements = catalog.statements.filter((s) => {
			const day = startOf(s.said_on);
			return (
				compareDays(day, snapshot.date) <= 0 && (after === null || compareDays(day, after) > 0)
			);
		});
		return { snapshot, statements: withWords(statements) };
	});
}

/** The step a date shows: the latest on or before it; the last step with no date; 0 before all. */
export function stepOn(date: string | null, steps: readonly TimeLapseStep[]): number {
	if (date === null) return steps.length - 1;
	let found = 0;
	steps.forEach((step, i) => {
		if (compareDays(step.snapshot.date, date) <= 0) found = i;
	});
	return found;
}
