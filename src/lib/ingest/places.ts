/** Groups resolved mentions into the draft's places, one per gazetteer entry. */
import type { DraftPlace } from './draft-schema';
import type { Resolved } from './resolve';

const MAX_CANDIDATES = 5;

function kebab(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

const geonameid = (key: string) => (key.startsWith('gn:') ? Number(key.slice(3)) : null);

export function groupPlaces(resolved: Resolved[]): DraftPlace[] {
	const byKey = new Map<string, DraftPlace>();
	const ids = new Set<string>();
	for (const r of resolved) {
		const existing = byKey.get(r.entry.key);
		if (existing) {
			existing.mentions.push([r.mention.start, r.mention.end]);
			existing.confidence = Math.max(existing.confidence, r.confidence);
			continue;
		}
		let id = kebab(r.entry.name) || 'place';
		if (ids.has(id)) id = `${id}-${r.entry.country.toLowerCase()}`;
		while (ids.has(id)) id = `${id}-2`;
		ids.add(id);
		byKey.set(r.entry.key, {
			name: r.mention.text,
			id,
			key: r.entry.key,
			geonameid: geonameid(r.entry.key),
			lon: r.entry.lon,
			lat: r.entry.lat,
			kind: r.entry.kind,
			country: r.entry.country,
			confidence: r.confidence,
			mentions: [[r.mention.start, r.mention.end]],
			candidates: r.ranked.slice(0, MAX_CANDIDATES).map(({ entry, score }) => ({
				key: entry.key,
				geonameid: geonameid(entry.key),
				name: entry.name,
				lon: entry.lon,
				lat: entry.lat,
				score: Math.round(score * 1000) / 1000
			}))
		});
	}
	return [...byKey.values()];
}
