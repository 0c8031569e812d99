import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { startOf } from '$lib/data/statements';
import { stepOn, timeLapseSteps } from '$lib/story/time-lapse';
import { legendSnapshot, snapshotFor } from '$lib/story/timeline';

const steps = timeLapseSteps(catalog);

describe('timeLapseSteps', () => {
	it('steps through the 17 weekly snapshots, oldest first', () => {
		expect(steps.map((s) => s.snapshot.id)).toHaveLength(17);
		expect(steps[0]!.snapshot.date).toBe('2024-05-09');
		expect(steps.at(-1)!.snapshot.date).toBe('2024-08-29');
	});

	it('flags each statement in exactly the week it was made', () => {
		const flagged = steps.flatMap((s) => s.statements.map((st) => st.id));
		const datedInSeries = catalog.statements.filter((s) => startOf(s.said_on) <= '2024-08-29');
		expect(flagged.sort()).toEqual(datedInSeries.map((s) => s.id).sort());
		const week = steps.find((s) => s.snapshot.date === '2024-08-01')!;
		for (const statement of week.statements) {
			expect(startOf(statement.said_on) > '2024-07-25').toBe(true);
		}
	});
});

describe('stepOn', () => {
	it('shows the latest week on or before a date, the last week without one', () => {
		expect(steps[stepOn('2024-07-24', steps)]!.snapshot.date).toBe('2024-07-18');
		expect(steps[stepOn('2024-07-25', steps)]!.snapshot.date).toBe('2024-07-25');
		expect(stepOn(null, steps)).toBe(16);
		expect(stepOn('2024-01-01', steps)).toBe(0);
	});
});

describe('legendSnapshot on a chosen weekly date', () => {
	it("names the week's gains, since the previous weekly snapshot", () => {
		const snapshot = snapshotFor('2024-08-01', catalog);
		expect(legendSnapshot(snapshot, catalog, '2024-08-01')).toEqual({
			date: '2024-08-01',
			greyZone: false,
			gainsSince: '2024-07-25'
		});
	});

	it("keeps the story's gains on its front at publication when no date is chosen", () => {
		const snapshot = snapshotFor(null, catalog);
		expect(legendSnapshot(snapshot, catalog, null).gainsSince).toBe('2024-05-09');
	});
});
