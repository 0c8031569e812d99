/**
 * The draft as the reader's panels read the content model: one story's catalog (as `?story=<id>`
 * shows it) with the draft's accepted statements and the places it adds, so the real place list
 * and place panel can show the story before it is published.
 */
import { catalog, type Catalog, type Entity } from '$lib/data/catalog';
import { indexStatements } from '$lib/data/statements';
import { frontAtPublication } from '$lib/data/stories';
import { contentModel } from './content';
import type { ReviewPlace, StudioDraft } from './model';
import { newPlaces, statementRecords, storyRecord } from './records';

/** A place the draft adds, as the reader's catalog lists it (its control is known after `npm run data`). */
function entityOf(place: ReviewPlace): Entity {
	const oblast = catalog.byId.get(place.oblast);
	return {
		id: place.id,
		kind: 'city',
		role: 'article',
		names: { en: place.name, uk: place.name_uk },
		country: place.country === 'RU' ? 'RU' : 'UA',
		oblast: oblast ? { id: oblast.id, ...oblast.names } : null,
		population: null,
		coordinates: [place.lon, place.lat],
		bbox: [place.lon, place.lat, place.lon, place.lat]
	};
}

export function previewCatalog(draft: StudioDraft): Catalog {
	const story = storyRecord(draft.meta, contentModel);
	const entities = [...catalog.entities, ...newPlaces(draft.places, contentModel).map(entityOf)];
	const { sorted, byPlace } = indexStatements(
		entities.map((e) => e.id),
		statementRecords(story.id, draft.statements)
	);
	return {
		...catalog,
		entities,
		byId: new Map(entities.map((e) => [e.id, e])),
		statements: sorted,
		statementsByPlace: byPlace,
		articles: new Map([[story.id, story]]),
		frontAt: new Map([[story.id, frontAtPublication(story, catalog.snapshots)]]),
		defaultStory: story.id
	};
}
