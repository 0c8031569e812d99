import { distance as levenshtein } from 'fastest-levenshtein';

/** What a gazetteer entry is; the draft's place kinds. */
export type PlaceKind =
	'city' | 'town' | 'village' | 'oblast' | 'region' | 'country' | 'continent' | 'river' | 'other';

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
	/** First letter and length of a normalised name → the names so (for near-miss search). */
	byShape: Map<string, string[]>;
}

/** Lower case, no diacritics, curly apostrophes straightened. */
function normaliseName(name: string): string {
	// eslint-disable-next-line no-control-regex
	if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase().trim();
	return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ`]/g, "'").toLowerCase().trim();
}

const COLUMNS = 8;

/** One line per entry: key, name, kind, country, lon, lat, population, aliases joined by `|`. */
export function serialiseGazetteer(entries: GazetteerEntry[]): string {
	return entries
		.map((e) =>
			[e.key, e.name, e.kind, e.country, e.lon, e.lat, e.population, e.aliases.join('|')].join('\t')
		)
		.join('\n');
}

/**
 * Parses the TSV written by `serialiseGazetteer` and indexes it by name.
 * @throws Error naming the first malformed line.
 */
export function parseGazetteer(tsv: string): Gazetteer {
	const entries: GazetteerEntry[] = [];
	for (const [i, line] of tsv.split('\n').entries()) {
		if (line === '') continue;
		const [
			key = '',
			name = '',
			kind = '',
			country = '',
			lon,
			lat,
			population,
			aliases = '',
			...rest
		] = line.split('\t');
		if (population === undefined || rest.length > 0)
			throw new Error(`gazetteer line ${i + 1}: not ${COLUMNS} columns`);
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

function indexGazetteer(entries: GazetteerEntry[]): Gazetteer {
	const byName = new Map<string, GazetteerEntry[]>();
	const add = (name: string, entry: GazetteerEntry) => {
		const list = byName.get(name);
		if (!list) byName.set(name, [entry]);
		else if (list[list.length - 1] !== entry) list.push(entry);
	};
	for (const entry of entries) {
		add(normaliseName(entry.name), entry);
		for (const alias of entry.aliases) add(normaliseName(alias), entry);
	}
	const byShape = new Map<string, string[]>();
	for (const name of byName.keys()) {
		const shape = `${name[0]}${name.length}`;
		const list = byShape.get(shape);
		if (list) list.push(name);
		else byShape.set(shape, [name]);
	}
	return { entries, byName, byShape };
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
	for (let length = wanted.length - allowed; length <= wanted.length + allowed; length++) {
		for (const candidate of gazetteer.byShape.get(`${wanted[0]}${length}`) ?? []) {
			if (levenshtein(candidate, wanted) <= allowed)
				found.push(...gazetteer.byName.get(candidate)!);
		}
	}
	return found;
}
