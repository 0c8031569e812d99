import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '$lib/data/schema/statements';
import type { Story } from '$lib/data/schema/stories';
import { normaliseQuote } from '$lib/data/validate';

const GEODATA = join(import.meta.dirname, '../../../geodata');
const read = (path: string) => readFileSync(join(GEODATA, path), 'utf8');
const statements = JSON.parse(read('statements.json')) as Statement[];
const [article] = JSON.parse(read('stories.json')) as Story[];

/** Start of each quote the article must contribute → the place ids it must be linked to. */
const EXPECTED: [string, string[]][] = [
	['Ukrainian President Volodymyr Zelenskyy said on Wednesday', ['kharkiv', 'pokrovsk']],
	['throwing everything they have', ['pokrovsk']],
	['The main objective today', ['kharkiv', 'kharkiv-oblast', 'pokrovsk']],
	['Their primary focus is no longer the entire east', ['sloviansk', 'donetsk-oblast']],
	["His claim points to an end to Mocow's May push", ['kharkiv-oblast']],
	['The Kremlin has denied that its offensive had failed.', ['kharkiv-oblast']],
	['This operation is ongoing', ['kharkiv-oblast', 'kharkiv']],
	['Its surprise assault reopened', ['kharkiv', 'kharkiv-oblast']],
	["Ukraine's rush to counter the incursion appeared messy", ['kharkiv-oblast']],
	['Kyiv also told its allies', ['kharkiv-oblast', 'belgorod-oblast']],
	['Some of those limits have since been removed', ['kharkiv-oblast', 'belgorod-oblast']],
	[
		"Still, the Russian advance failed to achieve significant gains, and Moscow's control",
		['kharkiv-oblast']
	],
	[
		"Russia's goal was reportedly to create a buffer zone",
		['belgorod', 'belgorod-oblast', 'kharkiv-oblast']
	],
	['failed to implement its Kharkiv operation.', ['kharkiv', 'kharkiv-oblast']],
	['concentrating the largest number of personnel', ['pokrovsk']],
	['tense and difficult.', ['pokrovsk']]
];

describe('statements.json', () => {
	// The article is the single source of the statements: every listed quote must be there once.
	it.each(EXPECTED)('has "%s" linked to the right places', (start, places) => {
		const matches = statements.filter((s) => s.quote.startsWith(start));
		expect(matches).toHaveLength(1);
		expect([...matches[0]!.places].sort()).toEqual([...places].sort());
	});

	// Nothing beyond the list above sneaks in untested.
	it('has exactly the expected statements from the article', () => {
		expect(statements.filter((s) => s.article === article!.id)).toHaveLength(EXPECTED.length);
	});

	// Quotes keep the article's wording, typo included.
	it('keeps the typo "Mocow\'s"', () => {
		const text = normaliseQuote(read(article!.text));
		expect(text).toContain("Mocow's May push");
		expect(statements.some((s) => s.quote.includes("Mocow's"))).toBe(true);
	});

	// Zelenskyy's Wednesday remarks are dated 24 July 2024, Peskov's to 17 July, early June as a range.
	it('dates the quoted speech', () => {
		const byStart = (start: string) => statements.find((s) => s.quote.startsWith(start))!;
		expect(byStart('throwing everything').said_on).toBe('2024-07-31');
		expect(byStart('tense and difficult').said_on).toBe('2024-07-24');
		expect(byStart('This operation is ongoing').said_on).toBe('2024-07-17');
		expect(byStart('failed to implement').said_on).toEqual({
			from: '2024-06-01',
			to: '2024-06-10'
		});
		expect(byStart('The Kremlin has denied').said_on).toEqual(article!.published);
	});
});

describe('storyCatalog', () => {
	// `?story=` narrows every panel to one story: its statements only, the others' gone.
	it('keeps only the story’s statements, text and front at publication', async () => {
		const { catalog } = await import('$lib/data/catalog');
		const { storyCatalog } = await import('$lib/data/story-view');
		const ki = storyCatalog(catalog, 'ki-2024-07-pokrovsk-main-target');
		expect(ki.statements.length).toBeGreaterThan(0);
		expect(ki.statements.every((s) => s.article === 'ki-2024-07-pokrovsk-main-target')).toBe(true);
		expect([...ki.articles.keys()]).toEqual(['ki-2024-07-pokrovsk-main-target']);
		expect(ki.statementsByPlace.get('pokrovsk')!.length).toBeLessThan(
			catalog.statementsByPlace.get('pokrovsk')!.length
		);
		expect(storyCatalog(catalog, null)).toBe(catalog);
		expect(storyCatalog(catalog, 'nonsense')).toBe(catalog);
	});
});
