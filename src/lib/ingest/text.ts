/** Sentences and people of a text, with offsets, from compromise. */
import nlp from 'compromise';

export interface Sentence {
	start: number;
	end: number;
	text: string;
}

export interface PersonMention {
	name: string;
	start: number;
	end: number;
}

/** compromise's `json` options: offsets, without the per-term detail (typed there as an object only). */
const OFFSETS_ONLY: object = { offset: true, terms: false };

interface Offsetted {
	text: string;
	offset: { start: number; length: number };
}

/**
 * Splits into sentences. compromise splits inside quotes; a sentence is extended to its paragraph's
 * next sentence while the quotation marks in it are unbalanced.
 */
export function splitSentences(text: string): Sentence[] {
	const raw = nlp(text).json(OFFSETS_ONLY) as Offsetted[];
	const sentences: Sentence[] = [];
	for (const s of raw) {
		const start = s.offset.start;
		const end = start + s.offset.length;
		const last = sentences[sentences.length - 1];
		const between = last ? text.slice(last.end, start) : '';
		if (last && !between.includes('\n') && unbalanced(last.text)) {
			last.end = end;
			last.text = text.slice(last.start, end);
		} else sentences.push({ start, end, text: text.slice(start, end) });
	}
	return sentences;
}

function unbalanced(sentence: string): boolean {
	const straight = (sentence.match(/"/g) ?? []).length % 2 === 1;
	const curly = (sentence.match(/“/g) ?? []).length !== (sentence.match(/”/g) ?? []).length;
	return straight || curly;
}

const TITLES = /^(president|colonel|general|gen\.|gov\.|lt\.|governor|minister|mr\.|ms\.|dr\.)\s+/i;

/** Demonyms ("Ukrainian", "Israeli"): capitalised words that name no place. */
export function findDemonyms(text: string): Set<string> {
	return new Set(nlp(text).match('#Demonym').out('array') as string[]);
}

/** Later mentions of a person by surname alone ("Peskov told"), with the full name. */
function surnameMentions(text: string, people: PersonMention[]): PersonMention[] {
	const extra: PersonMention[] = [];
	for (const person of people) {
		const surname = person.name.split(/\s+/).pop() ?? '';
		if (surname === person.name || surname.length < 3) continue;
		for (const m of text.matchAll(new RegExp(`\\b${surname}\\b`, 'gu'))) {
			const start = m.index ?? 0;
			if (people.some((p) => start >= p.start && start < p.end)) continue;
			extra.push({ name: person.name, start, end: start + surname.length });
		}
	}
	return extra;
}

/** People named in the text, also by surname alone (titles stripped, possessives dropped), in order. */
export function findPeople(text: string): PersonMention[] {
	const people = namedPeople(text);
	return [...people, ...surnameMentions(text, people)].sort((a, b) => a.start - b.start);
}

function namedPeople(text: string): PersonMention[] {
	const raw = nlp(text).people().json(OFFSETS_ONLY) as Offsetted[];
	const people: PersonMention[] = [];
	for (const p of raw) {
		let name = p.text.replace(/[’']s$/, '').replace(/[,.;:]+$/, '');
		let start = p.offset.start;
		let title = TITLES.exec(name);
		while (title) {
			start += title[0].length;
			name = name.slice(title[0].length);
			title = TITLES.exec(name);
		}
		if (!/^\p{Lu}/u.test(name)) continue;
		people.push({ name, start, end: start + name.length });
	}
	return people;
}
