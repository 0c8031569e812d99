import { startMap } from '$lib/map/head-start';

/**
 * Runs before the page hydrates: the full page always shows a map, so its engine starts loading
 * now and the map is created in the prerendered map area once the page has hydrated
 * (`head-start.ts`). Embeds (`/embed/`) wait until they scroll into view.
 */
export function init(): void {
	if (/\/embed\/?$/.test(location.pathname)) return;
	const slot = document.querySelector<HTMLElement>('[data-map-slot]');
	if (slot) startMap(slot, new URL(location.href));
}
