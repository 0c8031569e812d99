import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DateOrRange } from '$lib/data/schema/primitives';
import type { Statement } from '$lib/data/schema/statements';
import { compareDays, indexStatements } from '$lib/data/statements';

function statement(id: string, said_on: DateOrRange, places: string[]): Statement {
	return {
		id,
		article: 'bi-2024-07-zelenskyy-kharkiv',
		quote: `Quote ${id}`,
		wording: 'speaker',
		speaker: { name: 'Speaker', name_uk: 'Мовець', role: 'Role', role_uk: 'Роль' },
		said_on,
		via: null,
		kind: 'claim',
		places
	};
}

afterEach(() => vi.restoreAllMocks());

describe('compareDays', () => {
	// ISO days sort by the calendar: across months and years, not by day number alone.
	it('orders ISO days by the calendar', () => {
		const days = ['2024-07-24', '2023-12-31', '2024-05-09', '2024-07-17', '2024-05-09'];
		expect(days.sort(compareDays)).toEqual([
			'2023-12-31',
			'2024-05-09',
			'2024-05-09',
			'2024-07-17',
			'2024-07-24'
		]);
	});
});

describe('indexStatements', () => {
	// The panel lists a place's statements oldest first; a range counts from its first day.
	it('lists statements oldest first, each range at its first day, ties in input order', () => {
		const input = [
			statement('late', '2024-07-24', ['pokrovsk']),
			statement('range', { from: '2024-05-10', to: '2024-07-30' }, ['kharkiv', 'pokrovsk']),
			statement('first-of-tie', '2024-07-17', ['kharkiv']),
			statement('second-of-tie', '2024-07-17', ['pokrovsk'])
		];
		const { sorted, byPlace } = indexStatements(['kharkiv', 'pokrovsk', 'sloviansk'], input);
		const ids = (list: Statement[] | undefined) => list?.map((s) => s.id);
		expect(ids(sorted)).toEqual(['range', 'first-of-tie', 'second-of-tie', 'late']);
		expect(ids(byPlace.get('kharkiv'))).toEqual(['range', 'first-of-tie']);
		expect(ids(byPlace.get('pokrovsk'))).toEqual(['range', 'second-of-tie', 'late']);
		expect(ids(byPlace.get('sloviansk'))).toEqual([]);
	});

	// Sorting runs while the page starts: it must not build an ICU collator (localeCompare) there.
	it('sorts without locale-aware comparison', () => {
		const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
		indexStatements(
			['kharkiv'],
			[statement('b', '2024-07-24', ['kharkiv']), statement('a', '2024-07-17', ['kharkiv'])]
		);
		expect(localeCompare).not.toHaveBeenCalled();
	});
});
