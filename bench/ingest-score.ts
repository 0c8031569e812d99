/** Scores ingest drafts against the gold set of tests/fixtures/ingest/gold (pure functions). */
import type { Draft } from '../src/lib/ingest/draft-schema.ts';
import { distanceKm } from '../src/lib/ingest/resolve.ts';

type SaidOn = string | { from: string; to: string } | null;
type Span = [number, number];

interface GoldQuote {
	quote: string;
	span: Span;
	speaker: string;
	speaker_aliases: string[];
	said_on: SaidOn;
	via: string | null;
}
interface GoldPlace {
	name: string;
	key: string | null;
	geonameid: number | null;
	lon: number;
	lat: number;
	mentions: Span[];
}
export interface Gold {
	article: string;
	published: string;
	source: { outlet: string; url: string | null; note: string };
	quotes: GoldQuote[];
	places: GoldPlace[];
}

/** Correct out of total. */
export interface Count {
	hits: number;
	total: number;
}

/** `tp` gold items found, `predictedRight` predicted items that match a gold one. */
export interface Detection {
	tp: number;
	gold: number;
	predictedRight: number;
	predicted: number;
}

export interface Score {
	quotesExact: Detection;
	quotesOverlap: Detection;
	speaker: Count;
	date: Count;
	via: Count;
	places: Detection;
	resolutionExact: Count;
	resolution161km: Count;
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
/** At least half of the longer of the two spans is shared. */
const halfOverlap = (a: Span, b: Span) => overlap(a, b) * 2 >= Math.max(a[1] - a[0], b[1] - b[0]);
const norm = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’]/g, "'")
		.replace(/^(the|a|an)\s+/, '')
		.trim();

function speakerMatches(predicted: string | undefined, gold: GoldQuote): boolean {
	if (!predicted) return false;
	const p = norm(predicted);
	return [gold.speaker, ...gold.speaker_aliases].some((name) => {
		const g = norm(name);
		return p === g || (g.includes(' ') && p.split(/\s+/).pop() === g.split(/\s+/).pop());
	});
}

/** Both empty, or one contains the other (the gold may phrase the medium longer). */
function viaMatches(predicted: string | null, gold: string | null): boolean {
	if (predicted === null || gold === null) return predicted === gold;
	const [p, g] = [norm(predicted), norm(gold)];
	return p.includes(g) || g.includes(p);
}

export function score(draft: Draft, gold: Gold): Score {
	const direct = draft.statements.filter((s) => s.direct);
	const exact = gold.quotes.filter((g) =>
		direct.some((d) => d.span[0] === g.span[0] && d.span[1] === g.span[1])
	);
	const s: Score = {
		quotesExact: {
			tp: exact.length,
			gold: gold.quotes.length,
			predictedRight: 0,
			predicted: direct.length
		},
		quotesOverlap: { tp: 0, gold: gold.quotes.length, predictedRight: 0, predicted: direct.length },
		speaker: { hits: 0, total: gold.quotes.length },
		date: { hits: 0, total: gold.quotes.length },
		via: { hits: 0, total: gold.quotes.length },
		places: { tp: 0, gold: gold.places.length, predictedRight: 0, predicted: draft.places.length },
		resolutionExact: { hits: 0, total: 0 },
		resolution161km: { hits: 0, total: 0 }
	};
	for (const g of gold.quotes) {
		const found = direct.find((d) => halfOverlap(d.span, g.span));
		if (!found) continue;
		s.quotesOverlap.tp++;
		if (speakerMatches(found.speaker?.name, g)) s.speaker.hits++;
		if (JSON.stringify(found.said_on) === JSON.stringify(g.said_on)) s.date.hits++;
		if (viaMatches(found.via, g.via)) s.via.hits++;
	}
	for (const g of gold.places) {
		const found = draft.places.find((p) =>
			p.mentions.some((m) => g.mentions.some((gm) => overlap(m as Span, gm) > 0))
		);
		if (!found) continue;
		s.places.tp++;
		s.resolutionExact.total++;
		s.resolution161km.total++;
		if (found.key === g.key) s.resolutionExact.hits++;
		if (distanceKm(found, g) <= 161) s.resolution161km.hits++;
	}
	s.places.predictedRight = draft.places.filter((p) =>
		gold.places.some((g) =>
			p.mentions.some((m) => g.mentions.some((gm) => overlap(m as Span, gm) > 0))
		)
	).length;
	s.quotesExact.predictedRight = exact.length;
	s.quotesOverlap.predictedRight = direct.filter((d) =>
		gold.quotes.some((g) => halfOverlap(d.span, g.span))
	).length;
	return s;
}

/** Adds up the per-article scores. */
export function total(scores: Score[]): Score {
	const sum = <T extends object>(pick: (s: Score) => T): T => {
		const out = { ...pick(scores[0]!) };
		for (const key of Object.keys(out) as (keyof T)[]) {
			out[key] = scores.reduce((acc, s) => acc + (pick(s)[key] as number), 0) as T[keyof T];
		}
		return out;
	};
	return {
		quotesExact: sum((s) => s.quotesExact),
		quotesOverlap: sum((s) => s.quotesOverlap),
		speaker: sum((s) => s.speaker),
		date: sum((s) => s.date),
		via: sum((s) => s.via),
		places: sum((s) => s.places),
		resolutionExact: sum((s) => s.resolutionExact),
		resolution161km: sum((s) => s.resolution161km)
	};
}

export function f1({ tp, gold, predictedRight, predicted }: Detection) {
	const precision = predicted === 0 ? 0 : predictedRight / predicted;
	const recall = gold === 0 ? 0 : tp / gold;
	return {
		precision,
		recall,
		f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
	};
}
