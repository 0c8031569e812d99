import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Statement } from '$lib/data/schema';
import StatementCard from '$lib/panels/StatementCard.svelte';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

const hostile: Statement = {
	id: 'hostile-statement',
	article: 'bi-2024-07-zelenskyy-kharkiv',
	quote: `Quote ${SCRIPT} and ${IMG}`,
	wording: 'speaker',
	speaker: {
		name: `Name ${SCRIPT}${IMG}`,
		name_uk: `Name ${SCRIPT}${IMG}`,
		role: `Role ${IMG}`,
		role_uk: `Role ${IMG}`
	},
	said_on: '2024-07-24',
	via: `Via ${SCRIPT} ${IMG}`,
	kind: 'claim',
	places: ['pokrovsk', 'kharkiv']
};

function renderCard(statement: Statement): string {
	return render(StatementCard, {
		props: {
			statement,
			lang: 'en',
			currentPlace: 'pokrovsk',
			onselect: () => {},
			onshowincontext: () => {}
		}
	}).body;
}

describe('StatementCard escaping', () => {
	const html = renderCard(hostile);

	// Statements are data from outside the code; markup in them must print as text, never run.
	it('prints markup in quote, speaker and via as escaped text', () => {
		expect(html).toContain(
			'Quote &lt;script>alert(1)&lt;/script> and &lt;img src=x onerror=alert(1)>'
		);
		expect(html).toContain('Name &lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(1)>');
		expect(html).toContain(
			'<span lang="en">Via &lt;script>alert(1)&lt;/script> &lt;img src=x onerror=alert(1)></span>'
		);
	});

	// No element can come out of the data: no raw script or img tag anywhere in the card.
	it('contains no raw <script> or <img> tag', () => {
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<img/i);
		expect(html).toContain('data-statement="hostile-statement"');
	});
});
