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

	// The Ukrainian UI keeps the English quotes, marked as English for screen readers.
	it('marks English quotes lang="en" inside the Ukrainian UI', () => {
		const html = renderPanel('sloviansk', 'uk');
		expect(html).toContain('Словʼянськ');
		expect(html).toContain('<span lang="en">translation by Ukrainian outlet Pravda</span>');
		expect(html).toMatch(
			/<blockquote lang="en"[^>]*>\s*<p[^>]*>Their primary focus is no longer the entire east/
		);
	});

	// The timeline's date hides statements made after it.
	it('leaves out statements made after the chosen date', () => {
		const html = renderPanel('pokrovsk', 'en', '2024-07-17');
		expect(html).not.toContain('throwing everything they have');
	});

	// A place the article says nothing about says so instead of showing an empty list.
	it('says when the article makes no statement about a place', () => {
		expect(renderPanel('kramatorsk', 'en')).toContain(
			'The article makes no statement about this place.'
		);
	});
});
