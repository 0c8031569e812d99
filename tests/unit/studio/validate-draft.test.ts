import { describe, expect, it } from 'vitest';
import { validateDraft } from '$lib/studio/validate-draft';
import { contentModel, balakliia, reviewedDraft } from './support';

const model = contentModel();

describe('validateDraft', () => {
	it('finds nothing wrong with a reviewed story', () => {
		expect(validateDraft(reviewedDraft(), model)).toEqual({});
	});

	it('names the quote field of a quote that is not verbatim', () => {
		const draft = reviewedDraft();
		draft.statements[2]!.quote = 'throwing everything they had';
		expect(validateDraft(draft, model)).toEqual({
			'statement.2.quote': 'not found verbatim in articles/studio-test-story.txt'
		});
	});

	it('ignores a rejected statement', () => {
		const draft = reviewedDraft();
		draft.statements[2]!.quote = 'not in the article';
		draft.statements[2]!.decision = 'rejected';
		expect(validateDraft(draft, model)).toEqual({});
	});

	it('names the places field of an unknown place, the role left empty and a range that ends first', () => {
		const draft = reviewedDraft();
		Object.assign(draft.statements[0]!, {
			places: ['atlantis'],
			role: ' ',
			said_on: '2024-07-31',
			said_to: '2024-07-01'
		});
		expect(validateDraft(draft, model)).toEqual({
			'statement.0.places': 'unknown place id "atlantis"',
			'statement.0.role': 'must not be empty',
			'statement.0.said_to': 'range ends before it starts'
		});
	});

	it("names the story's id when another story has it, and an empty dating note", () => {
		const draft = reviewedDraft('bi-2024-07-zelenskyy-kharkiv');
		draft.meta.published_note = '';
		const errors = validateDraft(draft, model);
		expect(errors['meta.id']).toBe('a story with id "bi-2024-07-zelenskyy-kharkiv" exists already');
		expect(errors['meta.published_note']).toBe('must not be empty');
	});

	it("checks a new place's Ukrainian name, oblast and kind", () => {
		const draft = reviewedDraft();
		draft.places.push({ ...balakliia(), name_uk: "Балаклiя'", oblast: '' });
		draft.places.push({
			...balakliia(),
			id: 'russia',
			kind: 'country',
			name_uk: 'Росія',
			oblast: 'kharkiv-oblast'
		});
		const errors = validateDraft(draft, model);
		expect(errors['place.0.name_uk']).toBe('use the modifier apostrophe ʼ (U+02BC)');
		expect(errors['place.0.oblast']).toBe('must be kebab-case');
		expect(errors['place.1.kind']).toMatch(/^a country can't be added/);
	});
});
