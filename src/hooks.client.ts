import { preloadMap } from '$lib/map/preload';

/**
 * Runs before the page hydrates: the full page always shows a map, so its engine starts loading
 * now. Embeds (`/embed/`) wait until they scroll into view.
 */
export function init(): void {
	if (!/\/embed\/?$/.test(location.pathname)) preloadMap();
}
