import { describe, expect, it } from 'vitest';
import { findQuotedPassages } from '$lib/ingest/quotes';
import { BI, article } from './support';

const words = (text: string) =>
	findQuotedPassages(text).passages.map((p) => text.slice(p.span[0], p.span[1]));

describe('findQuotedPassages', () => {
	// Business Insider uses straight marks: all 7 passages, without marks or a trailing comma.
	it('finds the 7 straight-quoted passages of the Business Insider article', () => {
		const found = words(article(BI));
		expect(found).toHaveLength(7);
		expect(found[1]).toBe(
			'The main objective today, after their failure to capture Kharkiv, which we understand is no longer feasible, has shifted'
		);
	});

	// Curly marks (WION) are the same as straight ones.
	it('reads curly quotation marks', () => {
		expect(words(article('wion-2023-03-zaluzhnyi-bakhmut'))[0]).toBe('This is tactical for us');
	});

	// A quote split around its attribution gives both halves, each its own span.
	it('splits “…,” said DeWine. “…” into two passages', () => {
		const found = words(article('miamivalleytoday-2024-03-ohio-storms'));
		expect(found[0]).toBe(
			'Fran and I are deeply saddened by those impacted by the tornadoes and severe storms'
		);
		expect(found[1]?.startsWith('We share the grief')).toBe(true);
	});

	// A quote inside a sentence keeps the sentence out.
	it('finds a quote in the middle of a sentence', () => {
		const text = article(BI);
		expect(words(text)).toContain('throwing everything they have');
	});

	// Nested single marks stay inside the outer quote (real text from a forum post quoting a Russian site).
	it('keeps nested single quotes inside the outer passage', () => {
		const text =
			'The Russian news site uses this phrase “Why did Putin [start a ‘special operation’]?” instead of “Why did Putin start a war” because it is illegal in Russia for media to refer to it as a war.';
		expect(words(text)).toEqual([
			'Why did Putin [start a ‘special operation’]?',
			'Why did Putin start a war'
		]);
	});

	// An unclosed mark is a warning, never a crash, and the passage is not invented.
	it('warns about an unbalanced quotation mark', () => {
		const scan = findQuotedPassages('Peskov said "this operation is ongoing.\n\nNothing else.');
		expect(scan.passages).toEqual([]);
		expect(scan.warnings).toEqual(['unbalanced quotation mark on line 1']);
	});

	// A quote running over paragraphs (closed only at its end, reopened on the next) is kept.
	it('keeps a quote that runs into the next paragraph', () => {
		const text = '"First paragraph of the quote.\n\n"Second paragraph," he said.';
		expect(words(text)).toEqual(['First paragraph of the quote.', 'Second paragraph']);
	});
});
