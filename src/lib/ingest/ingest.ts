/**
 * The ingest engine: article text → draft of places and statements. Pure TypeScript (no Node APIs),
 * so the review page can run it in a Web Worker.
 */
import type { ArticleMeta, Draft, DraftPlace, DraftStatement } from './draft-schema';
import { findDates, type DateMention } from './dates';
import type { Gazetteer } from './gazetteer';
import { findPlaceMentions } from './place-mentions';
import { groupPlaces } from './places';
import { findQuotedPassages, type QuotedPassage } from './quotes';
import { resolveMentions } from './resolve';
import { attribute, rolesOf } from './speakers';
import {
	findDemonyms,
	findPeople,
	splitSentences,
	type PersonMention,
	type Sentence
} from './text';
import { findVia, kindOf } from './via';
import { indirectStatements } from './indirect';

/** Blanks every quoted passage so attribution and dates are read from the article's own words. */
function blankQuotes(text: string, passages: QuotedPassage[]): string {
	let out = text;
	for (const p of passages) {
		out = out.slice(0, p.outer[0]) + ' '.repeat(p.outer[1] - p.outer[0]) + out.slice(p.outer[1]);
	}
	return out;
}

function placesIn(places: DraftPlace[], start: number, end: number): string[] {
	return places.filter((p) => p.mentions.some(([s, e]) => s >= start && e <= end)).map((p) => p.id);
}

/** The date said by this speaker most recently before `at` (a sentence naming them with a date). */
function lastDateOf(
	speaker: string,
	at: number,
	sentences: Sentence[],
	dates: DateMention[]
): DateMention | null {
	const surname = speaker.split(/\s+/).pop() ?? speaker;
	let best: DateMention | null = null;
	for (const s of sentences) {
		if (s.start >= at || !s.text.includes(surname)) continue;
		const own = dates.filter((d) => d.start >= s.start && d.end <= s.end);
		if (own.length > 0) best = own[0]!;
	}
	return best;
}

function nearest(dates: DateMention[], at: number | null): DateMention | null {
	if (dates.length === 0) return null;
	if (at === null) return dates[0]!;
	return [...dates].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]!;
}

/** Draft of places and statements for `text`; `article.published` anchors relative dates. */
export function ingest(text: string, article: ArticleMeta, gazetteer: Gazetteer): Draft {
	const { passages, warnings } = findQuotedPassages(text);
	const frameText = blankQuotes(text, passages);
	const sentences = splitSentences(text);
	const people: PersonMention[] = findPeople(frameText);
	const roles = rolesOf(frameText, people);
	const starts = new Set(sentences.map((s) => s.start));
	const skip = people.map((p): [number, number] => [p.start, p.end]);
	const places = groupPlaces(
		resolveMentions(findPlaceMentions(text, gazetteer, skip, starts, findDemonyms(text)))
	);
	const dates = findDates(frameText, article.published);

	const statements: DraftStatement[] = [];
	let previous: { statement: DraftStatement; paragraphEnd: number } | null = null;
	for (const passage of passages) {
		const sentence = sentences.find(
			(s) => passage.span[0] >= s.start && passage.span[0] < s.end
		) ?? {
			start: passage.outer[0],
			end: passage.outer[1],
			text: ''
		};
		const frameStart = Math.min(sentence.start, passage.outer[0]);
		const frame = frameText.slice(frameStart, Math.max(sentence.end, passage.outer[1]));
		const attribution = attribute(frame, frameStart, passage.outer, people, roles);
		const paragraphStart = text.lastIndexOf('\n\n', passage.outer[0]);
		const sameSpeaker =
			previous !== null && (attribution.speaker === null || attribution.continuation);
		const carried =
			sameSpeaker && previous!.paragraphEnd >= paragraphStart - 2 ? previous!.statement : null;
		const speaker =
			attribution.continuation && carried
				? carried.speaker
				: (attribution.speaker ?? carried?.speaker ?? null);
		const own = dates.filter((d) => d.start >= frameStart && d.end <= frameStart + frame.length);
		const date =
			nearest(own, attribution.cueAt) ??
			(speaker ? lastDateOf(speaker.name, passage.outer[0], sentences, dates) : null);
		const statement: DraftStatement = {
			quote: text.slice(passage.span[0], passage.span[1]),
			span: passage.span,
			direct: true,
			speaker,
			cue: attribution.cue ?? carried?.cue ?? null,
			said_on: date?.said_on ?? carried?.said_on ?? null,
			date_text: date?.date_text ?? carried?.date_text ?? null,
			via: findVia(frame) ?? carried?.via ?? null,
			places: placesIn(places, sentence.start, sentence.end),
			kind: kindOf(frame)
		};
		statements.push(statement);
		const paragraphEnd = text.indexOf('\n\n', passage.outer[1]);
		previous = { statement, paragraphEnd: paragraphEnd === -1 ? text.length : paragraphEnd };
	}
	const reported = indirectStatements(frameText, sentences, passages, dates, article, (s, e) =>
		placesIn(places, s, e)
	);
	if (passages.length === 0 && warnings.length === 0)
		warnings.push('no quotation marks: no direct quotes found');
	return {
		article,
		places,
		statements: [...statements, ...reported].sort((a, b) => a.span[0] - b.span[0]),
		warnings
	};
}
