/**
 * How a statement is credited in the reader's language: the speaker's name and role, the source
 * note, and whose wording the text is. Pure: no DOM, no Svelte.
 */
import { catalog } from '$lib/data/catalog';
import type { Statement } from '$lib/data/schema/statements';
import { t, type Lang } from '$lib/state/i18n';

/** The speaker's name in `lang`. */
export function speakerName(statement: Statement, lang: Lang): string {
	return lang === 'uk' ? statement.speaker.name_uk : statement.speaker.name;
}

/** The speaker's role in `lang`. */
export function speakerRole(statement: Statement, lang: Lang): string {
	return lang === 'uk' ? statement.speaker.role_uk : statement.speaker.role;
}

/** How the words reached the article, in `lang`; null when the article heard them first-hand. */
export function viaNote(statement: Statement, lang: Lang): string | null {
	return lang === 'uk' ? (statement.via_uk ?? statement.via) : statement.via;
}

/** The outlet whose article holds the statement. */
export function outletOf(statement: Statement): string {
	return catalog.articles.get(statement.article)?.outlet ?? '';
}

/**
 * The label that says whose words the text is: "Quote" for a speaker's words, "Business
 * Insider's wording, not a quote" for the article's own sentence.
 */
export function wordingLabel(statement: Statement, lang: Lang): string {
	return statement.wording === 'speaker'
		? t(lang, 'statement.quoteLabel')
		: t(lang, 'statement.articleWording', { outlet: outletOf(statement) });
}

/**
 * The credit line's lead: who said it and what kind of statement it is, or, for the article's own
 * sentence, whom it reports on ("Reports a claim by Volodymyr Zelenskyy").
 */
export function creditLead(statement: Statement, lang: Lang): string {
	const kind = t(lang, `statement.kind.${statement.kind}` as const);
	if (statement.wording === 'speaker') return kind;
	if (statement.speaker.name === outletOf(statement)) return t(lang, 'statement.ownReporting');
	return t(lang, 'statement.reportsOn', { kind, name: speakerName(statement, lang) });
}

/**
 * The first words of a statement, to tell its buttons apart by name.
 *
 * @example opening('Their primary focus is no longer the entire east') // 'Their primary focus is no longer…'
 */
export function opening(text: string, words = 6): string {
	const all = text.split(/\s+/);
	return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}
