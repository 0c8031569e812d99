import { catalog } from '$lib/data/catalog';
import { AppStore } from './app-state.svelte';
import { timelineEntries } from '$lib/story/timeline';

/** The URL-backed store, reading only the catalog's places, stories and dates from the URL. */
export function catalogStore(): AppStore {
	return new AppStore({
		placeIds: new Set(catalog.byId.keys()),
		storyIds: new Set(catalog.articles.keys()),
		dates: new Set(timelineEntries(catalog).map((entry) => entry.date))
	});
}
