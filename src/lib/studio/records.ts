/**
 * The studio's review state → the content model's records (`stories.json`, `statements.json`,
 * `places.json`, `sources.json`), exactly as `npm run validate` reads them.
 */
import type { PlaceRecord } from '$lib/data/schema/places';
import type { DateOrRange } from '$lib/data/schema/primitives';
import type { Statement } from '$lib/data/schema/statements';
import type { Snapshot, Source, Story } from '$lib/data/schema/stories';
import { snapshotOn } from '$lib/data/stories';
import type { ReviewPlace, ReviewStatement, StoryMeta, StudioDraft } from './model';

/** The content model as it stands in `geodata/`, which the bundle adds to. */
export interface ContentModel {
	stories: Story[];
	statements: Statement[];
	places: PlaceRecord[];
	sources: Source[];
	snapshots: Snapshot[];
	/** Ids of the places (`places.geojson`) and regions (`regions.geojson`) a statement may name. */
	placeIds: string[];
}

const DEFAULT_LICENCE = 'All rights reserved; quoted for reporting and commentary';
const ADDABLE_KINDS = new Set(['city', 'town', 'village']);

export const textPath = (storyId: string) => `articles/${storyId}.txt`;

function dateOf(day: string, to: string): DateOrRange {
	return to === '' ? day : { from: day, to };
}

/** The snapshots a new story refers to: its front at publication and the earliest of that series. */
function storySnapshots(published: string, snapshots: readonly Snapshot[]) {
	const front = snapshotOn(published, snapshots);
	const series = snapshots.filter((s) => s.grey_zone === front.grey_zone);
	const first = series.reduce((a, b) => (b.date < a.date ? b : a), front);
	return { snapshots: [...new Set([first.id, front.id])], gains_since: first.id };
}

export function storyRecord(meta: StoryMeta, model: ContentModel): Story {
	return {
		id: meta.id,
		title: meta.title,
		outlet: meta.outlet,
		url: meta.url === '' ? null : meta.url,
		published: meta.published,
		published_note: meta.published_note,
		language: 'en',
		text: textPath(meta.id),
		excerpt: meta.excerpt,
		source: meta.source,
		axes: [],
		...storySnapshots(meta.published, model.snapshots)
	};
}

/** Statement ids: the story id and the statement's place in the story, `<story>-1`, `<story>-2`, … */
export function statementRecords(storyId: string, statements: ReviewStatement[]): Statement[] {
	return statements
		.filter((s) => s.decision === 'accepted')
		.map((s, i) => ({
			id: `${storyId}-${i + 1}`,
			article: storyId,
			quote: s.quote,
			wording: s.wording,
			speaker: { name: s.speaker, name_uk: s.speaker_uk, role: s.role, role_uk: s.role_uk },
			said_on: dateOf(s.said_on, s.said_to),
			...(s.said_on_note.trim() === '' ? {} : { said_on_note: s.said_on_note }),
			via: s.via === '' ? null : s.via,
			...(s.via === '' ? {} : { via_uk: s.via_uk }),
			kind: s.kind,
			places: s.places
		}));
}

/** Accepted places the model does not have yet: what the story adds to `places.json`. */
export function newPlaces(places: ReviewPlace[], model: ContentModel): ReviewPlace[] {
	const known = new Set(model.placeIds);
	return places.filter((p) => p.decision === 'accepted' && !known.has(p.id));
}

/** Where a place's point comes from, for `coordinates_note`. */
function coordinatesNote(p: ReviewPlace): string {
	const chosen = p.candidates.find((c) => c.key === p.key);
	if (chosen && chosen.lon === p.lon && chosen.lat === p.lat) {
		const entry = p.geonames_id === null ? chosen.key : `GeoNames ${p.geonames_id}`;
		return `the studio's gazetteer (${entry}), accepted by the editor`;
	}
	return p.key.startsWith('map:')
		? "set by the editor's click on the studio's map"
		: "set by the editor on the studio's map (marker dragged or edited)";
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** A new place's record, with the point the editor accepted (used when GeoNames lacks it). */
export function placeRecord(p: ReviewPlace): PlaceRecord {
	return {
		id: p.id,
		geonames_id: p.geonames_id,
		name_en: p.name,
		name_uk: p.name_uk,
		kind: 'city',
		role: 'article',
		oblast: p.oblast,
		coordinates: [round5(p.lon), round5(p.lat)],
		coordinates_note: coordinatesNote(p)
	};
}

/** Why an accepted place cannot be added as a city, or null. */
export function unaddableReason(p: ReviewPlace): string | null {
	return ADDABLE_KINDS.has(p.kind)
		? null
		: `a ${p.kind} can't be added: only cities, towns and villages are; oblasts come from regions.geojson`;
}

/**
 * `sources.json` with the story's article text credited: to the outlet's existing record, or to a
 * new one; and its derived gains file credited where the other stories' gains are.
 */
function sourceRecords(meta: StoryMeta, licence: string, model: ContentModel): Source[] {
	const article = textPath(meta.id);
	const gains = `gains/${meta.id}.geojson`;
	const has = model.sources.some((s) => s.id === meta.source);
	const sources: Source[] = model.sources.map((s) => {
		const files = [...s.files];
		if (s.id === meta.source && !files.includes(article)) files.push(article);
		if (files.some((f) => f.startsWith('gains/')) && !files.includes(gains)) files.push(gains);
		return { ...s, files: files.sort() };
	});
	if (!has) {
		sources.push({
			id: meta.source,
			name: meta.outlet,
			attribution: meta.outlet,
			licence,
			url: originOf(meta.url),
			files: [article, 'statements.json', 'stories.json']
		});
	}
	return sources;
}

function originOf(url: string): string | null {
	try {
		return `${new URL(url).origin}/`;
	} catch {
		return null;
	}
}

/** Every accepted statement and place, with the story's own record. */
export function recordsOf(draft: StudioDraft, model: ContentModel, licence = DEFAULT_LICENCE) {
	return {
		story: storyRecord(draft.meta, model),
		statements: statementRecords(draft.meta.id, draft.statements),
		places: newPlaces(draft.places, model).map(placeRecord),
		sources: sourceRecords(draft.meta, licence, model)
	};
}
