/**
 * What the studio keeps while an editor reviews a story: the article, its metadata and every draft
 * statement and place with the editor's decision. Plain data, so it is stored in IndexedDB as is.
 */
import type { Draft } from '$lib/ingest/draft-schema';
import type { PlaceKind } from '$lib/ingest/gazetteer';

export type Decision = 'pending' | 'accepted' | 'rejected';
export type StatementKind = 'claim' | 'denial' | 'report' | 'estimate';
export type Span = [number, number];

/** The story's own record, as the editor fills it in. */
export interface StoryMeta {
	id: string;
	title: string;
	outlet: string;
	url: string;
	/** `YYYY-MM-DD`. */
	published: string;
	published_note: string;
	/** Id of the outlet's record in `sources.json` (an existing one or a new one). */
	source: string;
	excerpt: boolean;
}

export interface ReviewStatement {
	quote: string;
	/** Where the ingest engine found the quote; the highlight follows the edited quote when it can. */
	span: Span;
	wording: 'speaker' | 'article';
	speaker: string;
	role: string;
	/** The speaker's name and role in Ukrainian, for the Ukrainian UI. */
	speaker_uk: string;
	role_uk: string;
	/** `YYYY-MM-DD`, the first day when the date is a range. */
	said_on: string;
	/** The last day of a range, or '' for a single day. */
	said_to: string;
	/** The words the date came from ("on Wednesday"), for the reviewer. */
	date_text: string;
	said_on_note: string;
	via: string;
	/** `via` in Ukrainian; needed whenever `via` is given. */
	via_uk: string;
	kind: StatementKind;
	places: string[];
	decision: Decision;
}

interface Candidate {
	key: string;
	geonameid: number | null;
	name: string;
	lon: number;
	lat: number;
}

export interface ReviewPlace {
	/** The gazetteer key it resolved to, or `map:<n>` for a place the editor added. */
	key: string;
	id: string;
	name: string;
	name_uk: string;
	kind: PlaceKind;
	country: string;
	geonames_id: number | null;
	lon: number;
	lat: number;
	/** Id of the oblast it lies in (new places only). */
	oblast: string;
	mentions: Span[];
	candidates: Candidate[];
	decision: Decision;
}

export interface StudioDraft {
	/** Key in IndexedDB. */
	key: string;
	updated: number;
	meta: StoryMeta;
	text: string;
	statements: ReviewStatement[];
	places: ReviewPlace[];
	warnings: string[];
}

/** A kebab-case id from free text: `"Kyiv Independent"` → `kyiv-independent`. */
export function kebab(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Turns the ingest engine's draft into the review state: every item pending. */
export function reviewOf(draft: Draft): Pick<StudioDraft, 'statements' | 'places' | 'warnings'> {
	return {
		warnings: draft.warnings,
		places: draft.places.map((p) => ({
			key: p.key,
			id: p.id,
			name: p.name,
			name_uk: '',
			kind: p.kind,
			country: p.country,
			geonames_id: p.geonameid,
			lon: p.lon,
			lat: p.lat,
			oblast: '',
			mentions: p.mentions.map(([s, e]): Span => [s, e]),
			candidates: p.candidates.map(({ key, geonameid, name, lon, lat }) => ({
				key,
				geonameid,
				name,
				lon,
				lat
			})),
			decision: 'pending'
		})),
		statements: draft.statements.map((s): ReviewStatement => {
			const range = typeof s.said_on === 'object' && s.said_on !== null ? s.said_on : null;
			return {
				quote: s.quote,
				span: [s.span[0], s.span[1]],
				wording: s.direct ? 'speaker' : 'article',
				speaker: s.speaker?.name ?? '',
				role: s.speaker?.role ?? '',
				speaker_uk: '',
				role_uk: '',
				said_on: range ? range.from : typeof s.said_on === 'string' ? s.said_on : '',
				said_to: range ? range.to : '',
				date_text: s.date_text ?? '',
				said_on_note: '',
				via: s.via ?? '',
				via_uk: '',
				kind: s.kind,
				places: [...s.places],
				decision: 'pending'
			};
		})
	};
}
