/** The article's own reported sentences ("The Kremlin has denied that …"), proposed as `direct: false`. */
import type { DateMention } from './dates';
import type { ArticleMeta, DraftStatement } from './draft-schema';
import type { QuotedPassage } from './quotes';
import type { Sentence } from './text';
import { kindOf } from './via';

const REPORTING =
	/^((?:the |a |an )?[\p{Lu}][\p{L}’'. -]{1,60}?)\s+(?:has |have |had |also )*(denied|denies|claimed|claims|estimated|said|says|told)\b/u;
const OWN_ESTIMATE = /\b(an estimated|reportedly)\b/i;

export function indirectStatements(
	frameText: string,
	sentences: Sentence[],
	passages: QuotedPassage[],
	dates: DateMention[],
	article: ArticleMeta,
	placesIn: (start: number, end: number) => string[]
): DraftStatement[] {
	const statements: DraftStatement[] = [];
	for (const s of sentences) {
		if (passages.some((p) => p.outer[0] < s.end && p.outer[1] > s.start)) continue;
		const text = frameText.slice(s.start, s.end).trim();
		const reporting = REPORTING.exec(text);
		const own = OWN_ESTIMATE.test(text);
		if (!reporting && !own) continue;
		const date = dates.find((d) => d.start >= s.start && d.end <= s.end) ?? null;
		const start = s.start + frameText.slice(s.start, s.end).indexOf(text);
		const speakerName = reporting?.[1] ?? article.outlet;
		statements.push({
			quote: text,
			span: [start, start + text.length],
			direct: false,
			speaker: speakerName
				? {
						name: speakerName,
						role: reporting ? null : 'the article',
						span: reporting ? [start, start + reporting[1]!.length] : null
					}
				: null,
			cue: reporting?.[2]?.toLowerCase() ?? null,
			said_on: date?.said_on ?? article.published,
			date_text: date?.date_text ?? null,
			via: null,
			places: placesIn(s.start, s.end),
			kind: kindOf(text)
		});
	}
	return statements;
}
