import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import PlacePanel from '$lib/panels/PlacePanel.svelte';

function renderPanel(placeId: string, lang: 'en' | 'uk', until: string | null = null): string {
	return render(PlacePanel, {
		props: {
			place: catalog.byId.get(placeId)!,
			lang,
			until,
			onselect: () => {},
			onshowincontext: () => {}
		}
	}).body;
}

describe('PlacePanel', () => {
	// Every statement the article ties to a place appears, each as a blockquote with its credits.
	it('shows every Pokrovsk statement with speaker, date, via and the article', () => {
		const html = renderPanel('pokrovsk', 'en');
		const statements = catalog.statementsByPlace.get('pokrovsk')!;
		expect((html.match(/<blockquote/g) ?? []).length).toBe(statements.length);
		expect(html).toContain('throwing everything they have');
		expect(html).toContain('Volodymyr Zelenskyy');
		expect(html).toContain('24 July 2024');
		expect(html).toContain('via <span lang="en">interview with French media</span>');
		expect(html).toContain('Business Insider');
	});

	// The Ukrainian UI translates everything but the quotes, which stay English and marked so.
	it('translates speaker, role and source note but keeps the quote English, lang="en"', () => {
		const html = renderPanel('sloviansk', 'uk');
		expect(html).toContain('Словʼянськ');
		expect(html).toContain('Володимир Зеленський');
		expect(html).toContain('Президент України');
		expect(html).toContain('<span lang="uk">переклад українського видання Pravda</span>');
		expect(html).not.toContain('President of Ukraine');
		expect(html).toMatch(
			/<blockquote lang="en"[^>]*>\s*<p[^>]*>(<!--[^>]*-->)?“(<!--[^>]*-->)?Their primary focus is no longer/
		);
	});

	// A date is a fact with evidence: the card and the story say how theirs was worked out.
	it('shows how each date was worked out, behind a disclosure, the note marked English', () => {
		const html = renderPanel('pokrovsk', 'uk');
		const notes = html.match(
			/<details class="dating[^"]*" data-testid="dating-note">[\s\S]*?<\/details>/g
		);
		const dated = catalog.statementsByPlace.get('pokrovsk')!.length + 2; // + the two stories
		expect(notes).toHaveLength(dated);
		expect(notes![0]).toContain('Як встановлено цю дату');
		expect(html).toMatch(/<p lang="en"[^>]*>The copy carries no date\./);
		expect(html).toMatch(
			/<p lang="en"[^>]*>The article says “on Wednesday”: Wednesday 31 July 2024/
		);
	});

	// A paraphrase must not read as the speaker's quote: no quote marks, and a visible label
	// naming whose wording it is, which screen readers hear too.
	it('labels the article’s own wording and puts quote marks only on a speaker’s words', () => {
		const html = renderPanel('kharkiv', 'en');
		const card = (id: string) =>
			html.slice(html.indexOf(`data-statement="${id}"`)).split('</figure>')[0]!;
		const paraphrase = card('bi-zelenskyy-focus-shift');
		expect(paraphrase).toMatch(/<p class="wording[^"]*">Business Insider's wording, not a quote:/);
		expect(paraphrase).not.toContain('visually-hidden');
		expect(paraphrase.split('<figcaption')[0]).not.toMatch(/[“”]/);
		expect(paraphrase).toContain('The article reports an unverified claim by Volodymyr Zelenskyy');
		const quote = card('zelenskyy-main-objective-shifted');
		expect(quote).toMatch(/<p class="wording[^"]*visually-hidden[^"]*">Quote:/);
		expect(quote).toContain('“');
		expect(quote).toContain('· an unverified claim');
	});

	// Five "in context" buttons with one name leave a screen-reader user guessing which opens what.
	it('names each "in context" button after the statement it opens', () => {
		const names = [
			...renderPanel('pokrovsk', 'en').matchAll(/aria-label="(in context:[^"]*)"/g)
		].map((m) => m[1]);
		expect(names.length).toBe(catalog.statementsByPlace.get('pokrovsk')!.length);
		expect(new Set(names).size).toBe(names.length);
	});

	// The timeline's date hides statements made after it.
	it('leaves out statements made after the chosen date', () => {
		const html = renderPanel('pokrovsk', 'en', '2024-07-17');
		expect(html).not.toContain('throwing everything they have');
	});

	// An empty panel at 17 July would say the article is silent on Pokrovsk; it is not, only later.
	it('says how many statements come after the chosen date, and offers to show them', () => {
		const html = renderPanel('pokrovsk', 'en', '2024-07-17');
		const total = catalog.statementsByPlace.get('pokrovsk')!.length;
		expect(html).toContain(`No statements up to 17 July 2024 (${total} later).`);
		expect(html).not.toContain('The article makes no statement');
		expect(html).toMatch(/<button[^>]*>Show the later ones<\/button>/);
	});

	// GeoNames gives Strilecha no population; calling the village a city would overstate it.
	it('calls a place without a known population a settlement, not a city', () => {
		expect(renderPanel('strilecha', 'en')).toMatch(/<p class="meta[^"]*">\s*Settlement · /);
		expect(renderPanel('kharkiv', 'en')).toMatch(/<p class="meta[^"]*">\s*City · /);
	});

	// A place the article says nothing about says so instead of showing an empty list.
	it('says when the article makes no statement about a place', () => {
		expect(renderPanel('kramatorsk', 'en')).toContain(
			'The article makes no statement about this place.'
		);
	});
});
