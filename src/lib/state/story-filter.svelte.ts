/**
 * The story the reader filtered to (`?story=<id>`), shared by the panels: each reads
 * {@link shownCatalog} instead of the whole catalog, so the list, the place panel, the timeline,
 * the compare view and the exports all follow the filter. The app sets `storyFilter.id`.
 */
import { catalog, type Catalog } from '$lib/data/catalog';
import { storyCatalog } from '$lib/data/story-view';

export const storyFilter = $state<{ id: string | null }>({ id: null });

const views = new Map<string | null, Catalog>();

/** The catalog as the filter shows it: one story's, or everything. */
export function shownCatalog(): Catalog {
	const id = storyFilter.id;
	let view = views.get(id);
	if (!view) {
		view = storyCatalog(catalog, id);
		views.set(id, view);
	}
	return view;
}
