import { describe, expect, it } from 'vitest';
import {
	hostileStatement,
	IMG,
	renderStatementCard,
	SCRIPT
} from '../../e2e/support/hostile-statement';

/** `text` as Svelte prints it in an element's content: `&` and `<` escaped. */
const asText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('StatementCard escaping', () => {
	const html = renderStatementCard(hostileStatement);

	// Statements are data from outside the code; markup in them must print as text, never run.
	it('prints markup in quote, speaker and via as escaped text', () => {
		expect(html).toContain(asText(`Quote ${SCRIPT} and ${IMG}`));
		expect(html).toContain(asText(`Name ${SCRIPT}${IMG}`));
		expect(html).toContain(`<span lang="en">${asText(`Via ${SCRIPT} ${IMG}`)}</span>`);
	});

	// No element can come out of the data: no raw script or img tag anywhere in the card.
	it('contains no raw <script> or <img> tag', () => {
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<img/i);
		expect(html).toContain('data-statement="hostile-statement"');
	});
});
