import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { DraftSchema } from '$lib/ingest/draft-schema';
import { decodeArticle, MAX_INPUT_BYTES } from '$lib/ingest/input';
import { BI, FIXTURES, article, draftOf, loadGazetteer } from './support';

beforeAll(loadGazetteer, 120_000);

describe('the draft schema', () => {
	// Every fixture's draft is valid; the schema is what the review step will rely on.
	it.each(readdirSync(join(FIXTURES, 'gold')).map((f) => f.replace('.json', '')))(
		'validates the draft of %s',
		(id) => {
			const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold', `${id}.json`), 'utf8'));
			const result = v.safeParse(
				DraftSchema,
				draftOf(article(id), gold.published, gold.source.outlet)
			);
			expect(result.issues?.map((i) => i.message)).toBeUndefined();
		}
	);

	// Every quote is the article's exact words at its span.
	it('quotes the article verbatim at each span', () => {
		const text = article(BI);
		const draft = draftOf(text, '2024-08-01');
		for (const s of draft.statements) expect(text.slice(s.span[0], s.span[1])).toBe(s.quote);
	});

	// The schema rejects what the engine must never write.
	it('rejects a span that ends before it starts and a non-kebab id', () => {
		const draft = draftOf(article(BI), '2024-08-01');
		const broken = structuredClone(draft);
		broken.statements[0]!.span = [10, 5];
		broken.places[0]!.id = 'Kharkiv City';
		const messages = v.safeParse(DraftSchema, broken).issues?.map((i) => i.message);
		expect(messages).toEqual(['ids are kebab-case', 'a span ends after it starts']);
	});
});

describe('bad input', () => {
	const bytes = (s: string) => new TextEncoder().encode(s);

	it.each([
		['empty', new Uint8Array(), 'the article is empty'],
		['whitespace', bytes(' \n\t'), 'the article has no text'],
		[
			'binary',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]),
			'the article is binary data (it contains NUL bytes)'
		],
		['invalid UTF-8', new Uint8Array([0x41, 0xc3, 0x28, 0x42]), 'the article is not valid UTF-8'],
		[
			'5 MB',
			new Uint8Array(5_000_000).fill(0x61),
			`the article is 5000000 bytes; the limit is ${MAX_INPUT_BYTES}`
		]
	])('refuses %s input with one line', (_name, input, error) => {
		expect(decodeArticle(input)).toEqual({ ok: false, error });
	});

	// A text without quotation marks gives a draft with no direct quotes and a warning.
	it('warns when there are no quotes', () => {
		const draft = draftOf('Russian forces advanced near Pokrovsk on Tuesday.', '2024-08-01');
		expect(draft.statements.filter((s) => s.direct)).toEqual([]);
		expect(draft.warnings).toEqual(['no quotation marks: no direct quotes found']);
	});

	// An unbalanced mark is skipped with a warning; the balanced quotes are still found.
	it('warns about an unbalanced mark and keeps the rest', () => {
		const text = '"It is over," he said.\n\nPeskov said "this will continue.';
		const draft = draftOf(text, '2024-08-01');
		expect(draft.statements.filter((s) => s.direct).map((s) => s.quote)).toEqual(['It is over']);
		expect(draft.warnings).toEqual(['unbalanced quotation mark on line 3']);
	});
});
