/**
 * A statement whose text fields carry markup that would run if it were ever injected as HTML: the
 * unit test of the statement card's escaping and the browser test of the page's CSP share it.
 * If either payload ran, it would set `window.injected`.
 */
import { render } from 'svelte/server';
import type { Statement } from '$lib/data/schema/statements';
import StatementCard from '$lib/panels/StatementCard.svelte';

export const SCRIPT = '<script>window.injected = "script"</script>';
export const IMG = '<img src="x" onerror="window.injected = \'onerror\'">';

export const hostileStatement: Statement = {
	id: 'hostile-statement',
	article: 'bi-2024-07-zelenskyy-kharkiv',
	quote: `Quote ${SCRIPT} and ${IMG}`,
	wording: 'speaker',
	speaker: {
		name: `Name ${SCRIPT}${IMG}`,
		name_uk: `Імʼя ${SCRIPT}${IMG}`,
		role: `Role ${IMG}`,
		role_uk: `Роль ${IMG}`
	},
	said_on: '2024-07-24',
	via: `Via ${SCRIPT} ${IMG}`,
	kind: 'claim',
	places: ['pokrovsk', 'kharkiv']
};

/** The statement card's server-rendered HTML for `statement`, as Pokrovsk's panel shows it. */
export function renderStatementCard(statement: Statement): string {
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
