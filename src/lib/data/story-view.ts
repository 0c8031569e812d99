/**
 * One story's view of the catalog, for `?story=<id>`: its statements, its text and its front at
 * publication; places, regions and snapshots stay, so the map and the list keep their ground.
 */
import type { Catalog } from './catalog';

/**
 * The catalog narrowed to one story, or the whole catalog for null or an unknown id.
 * @example storyCatalog(catalog, 'ki-2024-07-pokrovsk-main-target').statements // the story's own
 */
export function storyCatalog(catalog: Catalog, storyId: string | null): Catalog {
	const story = storyId === null ? undefined : catalog.articles.get(storyId);
	if (!story) return catalog;
	const own = <T extends { article: string }>(list: readonly T[]) =>
		list.filter((s) => s.article === story.id);
	return {
		...catalog,
		statements: own(catalog.statements),
		statementsByPlace: new Map([...catalog.statementsByPlace].map(([id, list]) => [id, own(list)])),
		articles: new Map([[story.id, story]]),
		defaultStory: story.id
	};
}
