/** Chooses each mention's place among its namesakes from population, kind and the other places named. */
import type { GazetteerEntry } from './gazetteer';
import type { PlaceMention } from './place-mentions';

export interface Resolved {
	mention: PlaceMention;
	entry: GazetteerEntry;
	/** Candidates best first, with their scores. */
	ranked: { entry: GazetteerEntry; score: number }[];
	confidence: number;
}

const EARTH_KM = 6371;

/** Great-circle distance in km (haversine). */
export function distanceKm(
	a: { lon: number; lat: number },
	b: { lon: number; lat: number }
): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const KIND_PRIOR: Record<string, number> = {
	country: 0.9,
	continent: 0.8,
	oblast: 0.6,
	region: 0.55
};

function prior(entry: GazetteerEntry): number {
	return KIND_PRIOR[entry.kind] ?? Math.min(0.85, Math.log10(entry.population + 1) / 8);
}

interface Context {
	countries: Set<string>;
	points: GazetteerEntry[];
}

function score(entry: GazetteerEntry, mention: PlaceMention, context: Context): number {
	let s = prior(entry);
	if (context.countries.has(entry.country)) s += 0.3;
	const near = context.points.filter((p) => p.key !== entry.key);
	if (near.length > 0 && entry.kind !== 'country' && entry.kind !== 'continent') {
		const km = Math.min(...near.map((p) => distanceKm(p, entry)));
		s += 0.3 * Math.exp(-km / 300);
	}
	if (mention.fuzzy) s *= 0.8;
	return s;
}

function rank(mention: PlaceMention, context: Context) {
	return mention.candidates
		.map((entry) => ({ entry, score: score(entry, mention, context) }))
		.sort((a, b) => b.score - a.score);
}

/** Whether a resolved mention is kept: strong places always, small ones only with a cue or near the rest. */
function plausible(mention: PlaceMention, best: { entry: GazetteerEntry; score: number }): boolean {
	if (mention.sentenceInitial && best.entry.population < 100_000 && prior(best.entry) < 0.55)
		return false;
	if (mention.cued) return best.score >= 0.45;
	return prior(best.entry) >= 0.5 && best.score >= 0.75;
}

/**
 * Resolves in two passes: first by population and kind alone, then again with the countries and
 * positions of the other mentions' first-pass choices as context (Belgorod near Kharkiv is the Russian
 * border city). A near-miss spelling is kept only in a country the text names otherwise.
 */
export function resolveMentions(mentions: PlaceMention[]): Resolved[] {
	const empty: Context = { countries: new Set(), points: [] };
	const first = mentions.map((m) => rank(m, empty)[0]!);
	const resolved: Resolved[] = [];
	mentions.forEach((mention, i) => {
		const others = first.filter((b, j) => j !== i && b.score >= 0.5 && !mentions[j]!.fuzzy);
		const context: Context = {
			countries: new Set(others.map((b) => b.entry.country)),
			points: others.filter((b) => b.entry.kind !== 'continent').map((b) => b.entry)
		};
		const ranked = rank(mention, context);
		const best = ranked[0]!;
		if (!plausible(mention, best)) return;
		if (mention.fuzzy && !context.countries.has(best.entry.country)) return;
		const total = ranked.reduce((sum, r) => sum + r.score, 0);
		resolved.push({
			mention,
			entry: best.entry,
			ranked,
			confidence: Math.round((best.score / total) * 100) / 100
		});
	});
	return resolved;
}
