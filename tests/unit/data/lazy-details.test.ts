import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { controlOf, controlOn } from '$lib/data/place-control';
import type { Statement } from '$lib/data/schema/statements';
import { withWords } from '$lib/data/statement-texts';

const entity = (id: string) => catalog.byId.get(id)!;

describe('the catalog leaves the statements’ words out', () => {
	it('holds references only', () => {
		for (const statement of catalog.statements) {
			expect(Object.keys(statement).sort()).toEqual(['article', 'id', 'places', 'said_on']);
		}
	});

	it('withWords finds each reference’s whole statement, in order', () => {
		const refs = catalog.statementsByPlace.get('pokrovsk')!;
		const whole = withWords(refs);
		expect(whole.map((s) => s.id)).toEqual(refs.map((s) => s.id));
		expect(whole.some((s) => s.quote.includes('throwing everything they have'))).toBe(true);
	});

	it('keeps a whole statement (the studio’s draft) as it is', () => {
		const draft = { ...withWords(catalog.statements.slice(0, 1))[0]!, id: 'draft-only' };
		expect(withWords([draft])).toEqual([draft] satisfies Statement[]);
	});

	it('names a reference it cannot find', () => {
		const ref = { id: 'nowhere', article: 'x', places: ['pokrovsk'], said_on: '2024-08-01' };
		expect(() => withWords([ref])).toThrow('statements.json has no statement nowhere');
	});
});

describe('controlOf and controlOn', () => {
	it('give a Ukrainian city’s status on each snapshot', () => {
		expect(controlOn(entity('pokrovsk'), '2024-07-24')).toBe('ukrainian_controlled');
		expect(Object.keys(controlOf(entity('pokrovsk'))!)).toEqual(catalog.snapshots.map((s) => s.id));
	});

	it('are null for oblasts and places in Russia', () => {
		expect(controlOf(entity('belgorod'))).toBeNull();
		expect(controlOf(entity('donetsk-oblast'))).toBeNull();
		expect(controlOn(entity('belgorod'), '2024-07-24')).toBeNull();
	});
});
