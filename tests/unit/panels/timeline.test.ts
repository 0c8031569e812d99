import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Timeline from '$lib/panels/Timeline.svelte';

function renderTimeline(date: string | null): string {
	return render(Timeline, { props: { lang: 'en', date, onchange: () => {} } }).body;
}

/** The visible text of `html`, tags and Svelte's hydration comments dropped, spaces collapsed. */
function text(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

describe('Timeline', () => {
	// A bare "“14”" reads as a quote of the number; the controls must say they count statements.
	it('says what each date holds: a front-line map and a number of statements', () => {
		const html = renderTimeline(null);
		const button = text(html.split('data-date="2024-07-24"')[1]!.split('</button>')[0]!);
		expect(button).toMatch(/◆ front-line map · \d+ statements?\b/);
		expect(text(html)).not.toMatch(/“\d+”/);
	});

	// "Statements up to 1 June 2024" hides that the article dates those statements only to a period.
	it('explains a date the article gives only as a range', () => {
		const heading = text(renderTimeline('2024-06-01').split('<h3')[1]!.split('</h3>')[0]!);
		expect(heading).toContain('Statements up to 1 June 2024');
		expect(heading).toContain('1–10 June 2024');
	});

	// An empty list under a heading reads like a fault; it gets a sentence instead.
	it('says so in a sentence when no statement was made up to the date', () => {
		const html = renderTimeline('2024-05-09');
		expect(text(html)).toContain('No statements were made up to 9 May 2024.');
		expect(html).not.toContain('<ul class="statements');
	});

	// Quote marks belong to words someone said; the article's own sentences carry a label instead.
	it('quotes speakers and labels the article’s own wording in the list', () => {
		const html = renderTimeline('2024-08-01');
		expect(html).toContain('<q lang="en">This operation is ongoing');
		expect(text(html)).toMatch(
			/Business Insider's wording, not a quote: Ukrainian President Volodymyr Zelenskyy said/
		);
		expect(html).not.toMatch(/<q lang="en">Ukrainian President Volodymyr Zelenskyy said/);
	});

	// The list names the front line the map shows, so the two cannot be read as one date.
	it('names the snapshot the map shows for the date', () => {
		expect(text(renderTimeline('2024-07-17'))).toContain(
			'The map shows the front line of 11 July 2024.'
		);
	});
});
