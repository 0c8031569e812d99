/**
 * The story the reader filtered to (`?story=<id>`), shared by the panels: each reads
 * {@link shownCatalog} instead of the whole catalog, so the list, the place panel, the timeline,
 * the compare view and the exports all follow the filter. The app sets `storyFilter.id`.
 */
import { catalog, type Catalog } from '$lib/data/catalog';
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
