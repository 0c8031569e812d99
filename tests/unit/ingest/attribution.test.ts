import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '$lib/ingest/draft-schema';
import { BI, article, draftOf, loadGazetteer, quoteStarting } from './support';

let bi: Draft;
beforeAll(async () => {
	await loadGazetteer();
	bi = draftOf(article(BI), '2024-08-01', 'Business Insider');
}, 120_000);

describe('speakers', () => {
	// "said Dmitry Peskov, its spokesperson": the name, and the role from the apposition.
	it('reads the name and the apposition of an inverted attribution', () => {
		expect(quoteStarting(bi, 'This operation is ongoing').speaker).toMatchObject({
			name: 'Dmitry Peskov',
			role: 'its spokesperson'
		});
	});

	// "he added": the last named person, with the role the article gave them.
	it('gives "he added" to the last named person', () => {
		expect(quoteStarting(bi, 'Their primary focus').speaker).toMatchObject({
			name: 'Volodymyr Zelenskyy',
			role: 'Ukrainian President'
		});
	});

	// A surname alone ("said Zelenskyy") is the person named in full earlier.
	it('expands a surname to the full name', () => {
		expect(quoteStarting(bi, 'The main objective').speaker?.name).toBe('Volodymyr Zelenskyy');
	});

	// Institutions speak too: "Russia's Defense Ministry said" (Newsweek).
	it('keeps an institution as the speaker', () => {
		const draft = draftOf(article('newsweek-2023-05-peskov-bakhmut'), '2023-05-12');
		expect(quoteStarting(draft, 'overall situation').speaker?.name).toBe(
			"Russia's Defense Ministry"
		);
	});

	// "the Kremlin spokesman said" is the person introduced as "Kremlin spokesman".
	it('resolves a role noun to the person who has that role', () => {
		const draft = draftOf(article('newsweek-2023-05-peskov-bakhmut'), '2023-05-12');
		expect(quoteStarting(draft, 'We have no doubt').speaker?.name).toBe('Dmitry Peskov');
	});

	// "according to …" names the speaker when it is not a translation or report.
	it('reads "according to X" as the speaker', () => {
		const text =
			'Ukrainian forces are "holding the line," according to Oleksandr Syrskyi, the commander.';
		expect(quoteStarting(draftOf(text, '2024-08-01'), 'holding the line').speaker?.name).toBe(
			'Oleksandr Syrskyi'
		);
	});

	// "per X" names the speaker the same way.
	it('reads "per X" as the speaker', () => {
		const text = 'The strike hit "a residential area," per the Kharkiv regional governor.';
		expect(quoteStarting(draftOf(text, '2024-08-01'), 'a residential area').speaker?.name).toBe(
			'the Kharkiv regional governor'
		);
	});

	// The second half of a split quote has the speaker of the first.
	it('gives both halves of a split quote to the same speaker', () => {
		const draft = draftOf(article('miamivalleytoday-2024-03-ohio-storms'), '2024-03-15');
		expect(quoteStarting(draft, 'We share the grief').speaker?.name).toBe('Mike DeWine');
		expect(quoteStarting(draft, 'Let’s all offer').speaker?.name).toBe('Jon Husted');
	});
});

describe('via', () => {
	// "according to a translation by Ukrainian outlet Pravda" is how the quote reached the article.
	it('records a translation by an outlet', () => {
		expect(quoteStarting(bi, 'The main objective').via).toBe(
			'translation by Ukrainian outlet Pravda'
		);
	});

	it('records "per a translation from the Kyiv Independent"', () => {
		expect(quoteStarting(bi, 'concentrating the largest').via).toBe(
			'translation from the Kyiv Independent'
		);
	});

	it('records "in an interview with French media"', () => {
		expect(quoteStarting(bi, 'throwing everything').via).toBe('interview with French media');
	});

	// "he added" continues the remarks, so the translation carries over.
	it('carries the via of the remarks a continuation belongs to', () => {
		expect(quoteStarting(bi, 'Their primary focus').via).toBe(
			'translation by Ukrainian outlet Pravda'
		);
	});
});

describe('dates', () => {
	// "on Wednesday" before a Thursday publication is the day before (issue #16: 31 July 2024).
	it('resolves "on Wednesday" against --published', () => {
		const s = quoteStarting(bi, 'concentrating the largest');
		expect([s.said_on, s.date_text]).toEqual(['2024-07-31', 'on Wednesday']);
	});

	it('resolves "on July 17" in the publication year', () => {
		expect(quoteStarting(bi, 'This operation is ongoing').said_on).toBe('2024-07-17');
	});

	// "in early June" is a range, and the reviewer sees the words.
	it('reads "in early June" as 1–10 June', () => {
		const s = quoteStarting(bi, 'failed to implement');
		expect([s.said_on, s.date_text]).toEqual([
			{ from: '2024-06-01', to: '2024-06-10' },
			'in early June'
		]);
	});

	// A quote without a date of its own takes the date its speaker was last given.
	it('dates an undated quote from the speaker’s last dated sentence', () => {
		expect(quoteStarting(bi, 'throwing everything').said_on).toBe('2024-07-31');
	});

	// "last week" is the Monday–Sunday before publication.
	it('reads "last week" as the previous week', () => {
		const draft = draftOf('The mayor said last week that "the bridge is closed."', '2024-08-01');
		expect(quoteStarting(draft, 'the bridge').said_on).toEqual({
			from: '2024-07-22',
			to: '2024-07-28'
		});
	});

	// A date that would fall after publication moves back (Nov 9 in a 14 November article).
	it('never dates a statement after publication', () => {
		const draft = draftOf(article('worldreportnow-2023-11-reuters-denies'), '2023-11-14');
		const dates = draft.statements.flatMap((s) =>
			typeof s.said_on === 'string' ? [s.said_on] : []
		);
		expect(dates.length).toBeGreaterThan(0);
		expect(dates.every((d) => d <= '2023-11-14')).toBe(true);
		expect(quoteStarting(draft, 'We have taken note').said_on).toBe('2023-11-09');
	});
});

describe('kind', () => {
	// "The Kremlin has denied …" is proposed as a reported denial.
	it('gives a denial for "denied"', () => {
		const s = bi.statements.find((x) => x.quote.startsWith('The Kremlin has denied'));
		expect(s).toMatchObject({ direct: false, kind: 'denial', speaker: { name: 'The Kremlin' } });
	});

	// "an estimated 30,000 Russian troops" is the article's own estimate.
	it('gives an estimate for "estimated"', () => {
		const s = bi.statements.find((x) => x.quote.startsWith('Its surprise assault'));
		expect(s).toMatchObject({
			direct: false,
			kind: 'estimate',
			speaker: { name: 'Business Insider' }
		});
	});
});
