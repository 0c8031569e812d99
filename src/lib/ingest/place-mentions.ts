/** Finds the names in a text that the gazetteer knows: capitalised words, possessives, regions. */
import { lookupExact, lookupNear, type Gazetteer, type GazetteerEntry } from './gazetteer';

export interface PlaceMention {
	/** As written, possessive dropped. */
	text: string;
	start: number;
	end: number;
	candidates: GazetteerEntry[];
	/** Found by edit distance rather than by name. */
	fuzzy: boolean;
	/** "in", "near", "city of" … before it, or a region word after it. */
	cued: boolean;
	sentenceInitial: boolean;
}

const CAPITALISED = /\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*)*/gu;
const NOT_PLACES = new Set(
	(
		'the a an in on at of and but for he she it its his her they their this that these those we our ' +
		'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
		'july august september october november december still some read as while furthermore however west east north south to eastern western ' +
		'northern southern jan feb mar apr jun jul aug sep sept oct nov dec'
	).split(' ')
);
const REGION_AFTER = /^[ \t]+(region|oblast|province|state|krai)\b/i;
const DIRECTION_BEFORE =
	/\b(northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|southwestern)[ \t]+$/i;
const LOCATIVE_BEFORE =
	/\b(in|near|of|at|from|to|outside|around|towards?|into|across|city|town|village|region|border)[ \t]+(the[ \t]+)?$/i;

function stripPossessive(word: string): string {
	return word.replace(/[’']s?$/, '');
}

function regionCandidates(gazetteer: Gazetteer, name: string): GazetteerEntry[] {
	return lookupExact(gazetteer, `${name} region`).filter(
		(e) => e.kind === 'oblast' || e.kind === 'region'
	);
}

/** A short word names a place only as written: "US" is the country code, "To" is not Tonga. */
function codeMatches(entry: GazetteerEntry, name: string): boolean {
	return entry.name === name || (name === name.toUpperCase() && entry.aliases.includes(name));
}

interface Word {
	text: string;
	start: number;
	end: number;
}

/** The words of a capitalised run, cut after each possessive ("Ukraine's Donbas" is two runs). */
function runsOf(match: RegExpExecArray): Word[][] {
	const runs: Word[][] = [[]];
	const re = /\S+/g;
	for (let m = re.exec(match[0]); m; m = re.exec(match[0])) {
		const raw = m[0].replace(/[.,;:]+$/, '');
		const text = stripPossessive(raw);
		const start = (match.index ?? 0) + m.index;
		runs[runs.length - 1]!.push({ text, start, end: start + text.length });
		if (text !== raw) runs.push([]);
	}
	return runs.filter((run) => run.length > 0);
}

/**
 * Place mentions: the longest run of words at the end of a capitalised sequence that the gazetteer
 * names (a name inside an organisation such as "Kyiv Independent" is not a place), a region named with
 * "region" after it or a compass word before it, or a near-miss spelling when nothing matches.
 * @param skip spans (people's names) that are never places
 * @param notPlaces words that are never places (demonyms such as "Ukrainian")
 */
export function findPlaceMentions(
	text: string,
	gazetteer: Gazetteer,
	skip: [number, number][],
	sentenceStarts: Set<number>,
	notPlaces: Set<string>
): PlaceMention[] {
	const mentions: PlaceMention[] = [];
	for (const words of [...text.matchAll(CAPITALISED)].flatMap(runsOf)) {
		const last = words.length - 1;
		for (let first = 0; first <= last; first++) {
			const phrase = words.slice(first).map((w) => w.text);
			const firstWord = words[first]!;
			const lastWord = words[last]!;
			const name = phrase.join(' ');
			const start = firstWord.start;
			const end = lastWord.end;
			if (phrase.length === 1 && (NOT_PLACES.has(name.toLowerCase()) || notPlaces.has(name)))
				continue;
			if (skip.some(([s, e]) => start < e && end > s)) continue;
			const before = text.slice(Math.max(0, start - 40), start);
			const after = text.slice(end, end + 12);
			const regional = REGION_AFTER.test(after) || DIRECTION_BEFORE.test(before);
			let candidates = regional ? regionCandidates(gazetteer, name) : [];
			const countryLike = lookupExact(gazetteer, name).filter((e) => e.kind === 'country');
			if (candidates.length === 0 || countryLike.length > 0)
				candidates = lookupExact(gazetteer, name);
			let fuzzy = false;
			if (candidates.length === 0 && words.length === 1 && name.length >= 5) {
				candidates = lookupNear(gazetteer, name);
				fuzzy = candidates.length > 0;
			}
			if (name.length <= 3) candidates = candidates.filter((e) => codeMatches(e, name));
			if (candidates.length === 0) continue;
			const regionEnd = REGION_AFTER.exec(after);
			mentions.push({
				text: name,
				start,
				end: regionEnd && regional ? end + regionEnd[0].length : end,
				candidates,
				fuzzy,
				cued: regional || LOCATIVE_BEFORE.test(before),
				sentenceInitial: sentenceStarts.has(start)
			});
			break;
		}
	}
	return mentions;
}
