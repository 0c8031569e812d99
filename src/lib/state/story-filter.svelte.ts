/**
 * The story the reader filtered to (`?story=<id>`), shared by the panels: each reads
 * {@link shownCatalog} instead of the whole catalog, so the list, the place panel, the timeline,
 * the compare view and the exports all follow the filter. The app sets `storyFilter.id`.
 */
import { catalog, type Catalog } from '$lib/data/catalog';
import type { Story } from '$lib/data/schema/stories';
import { storyCatalog } from '$lib/data/story-view';

export const storyFilter = $state<{ id: string | null }>({ id: null });

/** The last view built, so every panel reading it in a frame shares one object. */
let last: { id: string | null; view: Catalog } = { id: null, view: catalog };

/** The catalog as the filter shows it: one story's, or everything. */
export function shownCatalog(): Catalog {
	const id = storyFilter.id;
	if (last.id !== id) last = { id, view: storyCatalog(catalog, id) };
	return last.view;
}

/** The story the compare view's picker chose (no filter set); null: the default story. */
export const compareChoice = $state<{ id: string | null }>({ id: null });

/** The stories that define comparison axes, in `stories.json` order. */
export function storiesWithAxes(view: Catalog): Story[] {
	return [...view.articles.values()].filter((story) => story.axes.length > 0);
}

/**
 * The story whose axes the compare view sets side by side: the filtered story, else the picked
 * one, else the default story when it has axes, else the first story that has some.
 * @param view the catalog as the filter shows it (default: {@link shownCatalog})
 */
export function comparedStory(view: Catalog = shownCatalog()): Story {
	const withAxes = storiesWithAxes(view);
	const picked = withAxes.find((s) => s.id === compareChoice.id);
	const fallback = view.articles.get(view.defaultStory)!;
	return picked ?? (fallback.axes.length > 0 ? fallback : (withAxes[0] ?? fallback));
}
