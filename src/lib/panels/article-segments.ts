/**
 * Splits an article into paragraphs of segments for the in-app reader: plain text, place names
 * (links that select the place) and the passages statements quote (highlighted, addressable).
 * Pure: no Svelte, no DOM. Statement text is returned as text, never as HTML.
 */
import type { Entity } from '$lib/data/catalog';
import type { Statement } from '$lib/data/schema/statements';

type Segment = { kind: 'text'; text: string } | { kind: 'place'; text: string; placeId: string };

export interface Passage {
	/** The statements that quote this stretch (a short quote inside a longer one shares it). */
	statementIds: string[];
	segments: Segment[];
}

/** Curly quotes become straight ones; one character for one, so indices stay aligned. */
function normaliseQuotes(text: string): string {
	return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Terms that name a place in running text, longest first ("Kharkiv region" before "Kharkiv"). */
export function placeTerms(entities: Entity[]): { term: string; placeId: string }[] {
	const articleCities = entities.filter((e) => e.kind === 'city' && e.role === 'article');
	const cityNames = new Set(articleCities.map((e) => e.names.en));
	const terms = articleCities.map((e) => ({ term: e.names.en, placeId: e.id }));
	for (const oblast of entities.filter((e) => e.kind === 'oblast')) {
		const short = oblast.names.en.replace(/ Oblast$/, '');
		terms.push({ term: `${short} region`, placeId: oblast.id });
		terms.push({ term: oblast.names.en, placeId: oblast.id });
		if (!cityNames.has(short)) terms.push({ term: short, placeId: oblast.id });
	}
	return terms.sort((a, b) => b.term.length - a.term.length);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits text into plain and place-name segments; a name must stand as a whole word. */
function linkPlaces(text: string, terms: { term: string; placeId: string }[]): Segment[] {
	if (terms.length === 0) return [{ kind: 'text', text }];
	const pattern = new RegExp(`\\b(${terms.map((t) => escapeRegExp(t.term)).join('|')})\\b`, 'g');
	const byTerm = new Map(terms.map((t) => [t.term, t.placeId]));
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
		segments.push({ kind: 'place', text: match[0], placeId: byTerm.get(match[0])! });
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
	return segments;
}

/** One paragraph as passages: quoted stretches carry their statement's id. */
export function paragraphPassages(
	paragraph: string,
	statements: Statement[],
	terms: { term: string; placeId: string }[]
): Passage[] {
	const haystack = normaliseQuotes(paragraph);
	const ranges = statements
		.map((s) => ({ id: s.id, start: haystack.indexOf(normaliseQuotes(s.quote.trim())), s }))
		.filter((r) => r.start >= 0)
		.map((r) => ({ id: r.id, start: r.start, end: r.start + r.s.quote.trim().length }))
		.sort((a, b) => a.start - b.start);
	const passages: Passage[] = [];
	let cursor = 0;
	for (const range of ranges) {
		const previous = passages.at(-1);
		if (range.start < cursor && previous) {
			previous.statementIds.push(range.id);
			continue;
		}
		if (range.start > cursor) {
			passages.push({
				statementIds: [],
				segments: linkPlaces(paragraph.slice(cursor, range.start), terms)
			});
		}
		passages.push({
			statementIds: [range.id],
			segments: linkPlaces(paragraph.slice(range.start, range.end), terms)
		});
		cursor = range.end;
	}
	if (cursor < paragraph.length) {
		passages.push({ statementIds: [], segments: linkPlaces(paragraph.slice(cursor), terms) });
	}
	return passages;
}

/** The article body's paragraphs (separated by blank lines), trimmed, empty ones dropped. */
export function paragraphsOf(body: string): string[] {
	return body
		.split(/\n\s*\n/)
		.map((p) => p.trim().replace(/\s+/g, ' '))
		.filter((p) => p.length > 0);
}
