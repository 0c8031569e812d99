/**
 * The article cut into runs for display: each run knows the quote covering it (by statement index)
 * and the place mention it belongs to, so quotes can be highlighted and places underlined.
 */
import type { ReviewPlace, ReviewStatement, Span } from './model';

export interface Segment {
	text: string;
	start: number;
	/** Index of the statement whose quote covers this run, or null. */
	statement: number | null;
	/** Id of the place mentioned here, or null. */
	place: string | null;
}

/**
 * Where the statement's quote is in `text`: its span while it still matches, else the first
 * occurrence of the edited quote, else null (the quote is not verbatim).
 */
function locate(text: string, s: Pick<ReviewStatement, 'quote' | 'span'>): Span | null {
	if (text.slice(s.span[0], s.span[1]) === s.quote) return s.span;
	const at = s.quote === '' ? -1 : text.indexOf(s.quote);
	return at === -1 ? null : [at, at + s.quote.length];
}

/** Distinct speakers in order of first appearance: the index is the speaker's colour. */
export function speakerIndex(statements: ReviewStatement[]): Map<string, number> {
	const index = new Map<string, number>();
	for (const s of statements) if (!index.has(s.speaker)) index.set(s.speaker, index.size);
	return index;
}

export function segmentsOf(
	text: string,
	statements: ReviewStatement[],
	places: ReviewPlace[]
): Segment[] {
	const quotes = statements.flatMap((s, i) => {
		const span = s.decision === 'rejected' ? null : locate(text, s);
		return span ? [{ span, i }] : [];
	});
	const mentions = places.flatMap((p) =>
		p.decision === 'rejected' ? [] : p.mentions.map((span) => ({ span, id: p.id }))
	);
	const cuts = new Set([0, text.length]);
	for (const { span } of [...quotes, ...mentions]) {
		cuts.add(span[0]);
		cuts.add(span[1]);
	}
	const sorted = [...cuts].sort((a, b) => a - b);
	const inside = (span: Span, at: number) => at >= span[0] && at < span[1];
	return sorted.slice(0, -1).map((start, n) => ({
		text: text.slice(start, sorted[n + 1]),
		start,
		statement: quotes.find((q) => inside(q.span, start))?.i ?? null,
		place: mentions.find((m) => inside(m.span, start))?.id ?? null
	}));
}
