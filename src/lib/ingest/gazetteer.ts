import { distance as levenshtein } from 'fastest-levenshtein';

/** What a gazetteer entry is; the draft's place kinds. */
export type PlaceKind =
	| 'city'
	| 'town'
	| 'village'
	| 'oblast'
	| 'region'
	| 'country'
	| 'continent'
	| 'river'
	| 'other';

/** One named place: `key` is `gn:<geonameid>`, `adm1:<ISO 3166-2>`, `country:<ISO2>` or `continent:<name>`. */
export interface GazetteerEntry {
	key: string;
	name: string;
	kind: PlaceKind;
	country: string;
	lon: number;
	lat: number;
	population: number;
	aliases: string[];
}

export interface Gazetteer {
	entries: GazetteerEntry[];
	/** Normalised name or alias → entries carrying it. */
	byName: Map<string, GazetteerEntry[]>;
	/** First two letters of a normalised name → the names starting so (for near-miss search). */
	byPrefix: Map<string, string[]>;
}

/** Lower case, no diacritics, curly apostrophes straightened. */
export function normaliseName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[’ʼ`]/g, "'")
		.toLowerCase()
		.trim();
}

const COLUMNS = 8;

/** One line per entry: key, name, kind, country, lon, lat, population, aliases joined by `|`. */
export function serialiseGazetteer(entries: GazetteerEntry[]): string {
	return entries
		.map((e) =>
			[e.key, e.name, e.kind, e.country, e.lon, e.lat, e.population, e.aliases.join('|')].join(
				'\t'
			)
		)
		.join('\n');
}

/**
 * Parses the TSV written by `serialiseGazetteer` and indexes it by name.
 * @throws Error naming the first malformed line.
 */
export function parseGazetteer(tsv: string): Gazetteer {
	const entries: GazetteerEntry[] = [];
	const lines = tsv.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i] === '') continue;
		const cols = lines[i].split('\t');
		if (cols.length !== COLUMNS) throw new Error(`gazetteer line ${i + 1}: ${cols.length} columns`);
		const [key, name, kind, country, lon, lat, population, aliases] = cols;
		entries.push({
			key,
			name,
			kind: kind as PlaceKind,
			country,
			lon: Number(lon),
			lat: Number(lat),
			population: Number(population),
			aliases: aliases === '' ? [] : aliases.split('|')
		});
	}
	return indexGazetteer(entries);
}

export function indexGazetteer(entries: GazetteerEntry[]): Gazetteer {
	const byName = new Map<string, GazetteerEntry[]>();
	for (const entry of entries) {
		for (const name of new Set([entry.name, ...entry.aliases].map(normaliseName))) {
			const list = byName.get(name);
			if (list) list.push(entry);
			else byName.set(name, [entry]);
		}
	}
	const byPrefix = new Map<string, string[]>();
	for (const name of byName.keys()) {
		const prefix = name.slice(0, 2);
		const list = byPrefix.get(prefix);
		if (list) list.push(name);
		else byPrefix.set(prefix, [name]);
	}
	return { entries, byName, byPrefix };
}

/** Entries named exactly `name` (after normalising). */
export function lookupExact(gazetteer: Gazetteer, name: string): GazetteerEntry[] {
	return gazetteer.byName.get(normaliseName(name)) ?? [];
}

/**
 * Entries whose name is within a small edit distance of `name` (1 edit from 5 letters, 2 from 10),
 * for spelling and transliteration variants such as Kharkov → Kharkiv. Names must share the first letter.
 */
export function lookupNear(gazetteer: Gazetteer, name: string): GazetteerEntry[] {
	const wanted = normaliseName(name);
	const allowed = wanted.length >= 10 ? 2 : wanted.length >= 5 ? 1 : 0;
	if (allowed === 0) return [];
	const found: GazetteerEntry[] = [];
	for (const [prefix, names] of gazetteer.byPrefix) {
		if (prefix[0] !== wanted[0]) continue;
		for (const candidate of names) {
			if (Math.abs(candidate.length - wanted.length) > allowed) continue;
			if (levenshtein(candidate, wanted) <= allowed) found.push(...gazetteer.byName.get(candidate)!);
		}
	}
	return found;
}
