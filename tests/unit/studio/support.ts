/** The content model of `geodata/` read from disk, and a reviewed draft of the Business Insider article. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Statement } from '$lib/data/schema/statements';
import type { ReviewPlace, ReviewStatement, StudioDraft } from '$lib/studio/model';
import type { ContentModel } from '$lib/studio/records';

export const GEODATA = join(import.meta.dirname, '../../../geodata');
const read = <T>(path: string) => JSON.parse(readFileSync(join(GEODATA, path), 'utf8')) as T;
const ids = (path: string) =>
	read<FeatureCollection>(path).features.map((f: Feature) => String(f.properties!.id));

export function contentModel(): ContentModel {
	return {
		stories: read('stories.json'),
		statements: read('statements.json'),
		places: read('places.json'),
		sources: read('sources.json'),
		snapshots: read('snapshots.json'),
		placeIds: [...ids('places.geojson'), ...ids('regions.geojson')]
	};
}

const BI = 'bi-2024-07-zelenskyy-kharkiv';
const BI_TEXT = readFileSync(join(GEODATA, `articles/${BI}.txt`), 'utf8');

function reviewed(s: Statement): ReviewStatement {
	const [said_on, said_to] =
		typeof s.said_on === 'string' ? [s.said_on, ''] : [s.said_on.from, s.said_on.to];
	const at = BI_TEXT.indexOf(s.quote);
	return {
		quote: s.quote,
		span: [at, at + s.quote.length],
		wording: s.wording,
		speaker: s.speaker.name,
		role: s.speaker.role,
		speaker_uk: s.speaker.name_uk,
		role_uk: s.speaker.role_uk,
		said_on,
		said_to,
		date_text: '',
		said_on_note: s.said_on_note ?? '',
		via: s.via ?? '',
		via_uk: s.via_uk ?? '',
		kind: s.kind,
		places: [...s.places],
		decision: 'accepted'
	};
}

/** A place the editor adds: Balakliia (not in `geodata/` yet), accepted. */
/** Balakliia's `places.json` record as the bundle writes it, before any coordinates. */
export const BALAKLIIA_RECORD = {
	id: 'balakliia',
	geonames_id: 712926,
	name_en: 'Balakliia',
	name_uk: 'Балаклія',
	kind: 'city',
	role: 'article',
	oblast: 'kharkiv-oblast'
} as const;

export function balakliia(): ReviewPlace {
	return {
		key: 'gn:712926',
		id: 'balakliia',
		name: 'Balakliia',
		name_uk: 'Балаклія',
		kind: 'town',
		country: 'UA',
		geonames_id: 712926,
		lon: 36.8595,
		lat: 49.4627,
		oblast: 'kharkiv-oblast',
		mentions: [[0, 1]],
		candidates: [],
		decision: 'accepted'
	};
}

/** The Business Insider article re-published as `id`, every hand-made statement accepted. */
export function reviewedDraft(id = 'studio-test-story'): StudioDraft {
	const gold = read<Statement[]>('statements.json').filter((s) => s.article === BI);
	return {
		key: 'draft-test',
		updated: 0,
		meta: {
			id,
			title: 'Zelenskyy says Russia is giving up on Kharkiv',
			outlet: 'Business Insider',
			url: '',
			published: '2024-08-01',
			published_note: 'The copy says “Wednesday”.',
			source: 'business-insider',
			excerpt: false
		},
		text: BI_TEXT,
		statements: gold.map(reviewed),
		places: [],
		warnings: []
	};
}
