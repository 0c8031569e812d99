import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '$lib/data/schema/statements';
import type { Snapshot, Story } from '$lib/data/schema/stories';
import { endOf, frontAtPublication } from '$lib/data/stories';

const GEODATA = join(import.meta.dirname, '../../../geodata');
const read = <T>(path: string) => JSON.parse(readFileSync(join(GEODATA, path), 'utf8')) as T;
const story = read<Story[]>('stories.json').find((s) => s.id === 'bi-2024-07-zelenskyy-kharkiv')!;
const statements = read<Statement[]>('statements.json');
const snapshots = read<Snapshot[]>('snapshots.json');
const days = (from: string, to: string) =>
	Array.from({ length: (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1 }, (_, i) =>
		new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10)
	);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('the Business Insider story dates (issue #16)', () => {
	// "Zelenskyy said on Wednesday": the day must be a Wednesday inside the publication window.
	it('dates the interview to a Wednesday within the publication window', () => {
		const window =
			typeof story.published === 'string'
				? [story.published]
				: days(story.published.from, story.published.to);
		const interview = statements.filter((s) => s.said_on_note?.includes('“on Wednesday”'));
		expect(interview.length).toBeGreaterThanOrEqual(4);
		for (const s of interview) {
			expect(typeof s.said_on).toBe('string');
			expect(weekday(s.said_on as string)).toBe(3);
			expect(window).toContain(s.said_on);
		}
	});

	// Only this Wednesday fits: the week before ends on the "update on July 24" the article cites.
	it('has exactly one Wednesday in its publication window, after 24 July', () => {
		const window =
			typeof story.published === 'string'
				? [story.published]
				: days(story.published.from, story.published.to);
		const wednesdays = window.filter((d) => weekday(d) === 3);
		expect(wednesdays).toHaveLength(1);
		expect(wednesdays[0]! > '2024-07-24').toBe(true);
	});

	// The front at publication is the snapshot nearest the publication, not a literal.
	it('takes the front at publication from the nearest snapshot the story names', () => {
		const front = frontAtPublication(story, snapshots);
		expect(front.date).toBe('2024-08-01');
		const others = snapshots.filter((s) => story.snapshots.includes(s.id));
		const gap = (s: Snapshot) => Math.abs(Date.parse(s.date) - Date.parse(endOf(story.published)));
		expect(others.every((s) => gap(s) >= gap(front))).toBe(true);
	});
});
