/**
 * Live validation of a draft under review, with the checks `npm run validate` runs on the same
 * records: the valibot schemas, the verbatim-quote check and the place references. Each problem
 * is keyed by the form field it belongs to (`meta.title`, `statement.3.quote`, `place.0.name_uk`).
 */
import { PlaceRecordSchema } from '$lib/data/schema/places';
import { StatementSchema } from '$lib/data/schema/statements';
import { SourceSchema, StorySchema } from '$lib/data/schema/stories';
import { checkRecords } from '$lib/data/validate/records';
import { checkStatementReferences } from '$lib/data/validate/references';
import type { StudioDraft } from './model';
import {
	newPlaces,
	placeRecord,
	recordsOf,
	statementRecords,
	storyRecord,
	textPath,
	unaddableReason,
	type ContentModel
} from './records';

export type FieldErrors = Record<string, string>;

/** `[field, problem]` of each `file: id: field: problem` line. */
function fieldsOf(lines: string[]): [string, string][] {
	return lines.map((line) => {
		const [, , field = '-', ...problem] = line.split(': ');
		return [field, problem.join(': ')];
	});
}

/** The form field a record field is edited in. */
const STATEMENT_FIELDS: Record<string, string> = {
	'speaker.name': 'speaker',
	'speaker.role': 'role',
	'speaker.name_uk': 'speaker_uk',
	'speaker.role_uk': 'role_uk',
	speaker: 'speaker',
	'said_on.from': 'said_on',
	'said_on.to': 'said_to'
};
const PLACE_FIELDS: Record<string, string> = {
	name_en: 'name',
	geonames_id: 'name',
	'coordinates[0]': 'lon',
	'coordinates[1]': 'lat',
	coordinates: 'lon',
	coordinates_note: 'lon'
};

function statementField(field: string): string {
	const bare = field.replace(/\[\d+\]$/, '');
	return STATEMENT_FIELDS[bare] ?? bare;
}

export function validateDraft(draft: StudioDraft, model: ContentModel): FieldErrors {
	const errors: FieldErrors = {};
	const put = (key: string, problem: string) => (errors[key] ??= problem);
	const { meta } = draft;

	const story = storyRecord(meta, model);
	for (const [field, problem] of fieldsOf(checkRecords('stories.json', [story], StorySchema)))
		put(`meta.${field === 'text' ? 'id' : field}`, problem);
	if (model.stories.some((s) => s.id === meta.id))
		put('meta.id', `a story with id "${meta.id}" exists already`);
	const { sources } = recordsOf(draft, model);
	const source = sources.find((s) => s.id === meta.source);
	if (source)
		for (const [field, problem] of fieldsOf(checkRecords('sources.json', [source], SourceSchema)))
			put(`meta.${field === 'name' || field === 'attribution' ? 'outlet' : 'source'}`, problem);

	const added = newPlaces(draft.places, model);
	draft.places.forEach((place, i) => {
		if (!added.includes(place)) return;
		const reason = unaddableReason(place);
		if (reason) put(`place.${i}.kind`, reason);
		const lines = checkRecords('places.json', [placeRecord(place)], PlaceRecordSchema);
		for (const [field, problem] of fieldsOf(lines))
			put(`place.${i}.${PLACE_FIELDS[field] ?? field}`, problem);
		if (!model.placeIds.includes(place.oblast))
			put(`place.${i}.oblast`, `unknown oblast id "${place.oblast}"`);
	});

	const placeIds = new Set([...model.placeIds, ...added.map((p) => p.id)]);
	const articleTexts = new Map([[meta.id, { path: textPath(meta.id), text: draft.text }]]);
	const records = statementRecords(meta.id, draft.statements);
	const accepted = draft.statements.flatMap((s, i) => (s.decision === 'accepted' ? [i] : []));
	records.forEach((record, n) => {
		const lines = [
			...checkRecords('statements.json', [record], StatementSchema),
			...checkStatementReferences('statements.json', [record], { placeIds, articleTexts })
		];
		for (const [field, problem] of fieldsOf(lines))
			put(`statement.${accepted[n]}.${statementField(field)}`, problem);
	});
	return errors;
}
