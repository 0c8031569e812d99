import { startMap } from '$lib/map/head-start';

/**
 * Runs before the page hydrates: the full page always shows a map, so it is created now in the
 * prerendered map area. Embeds (`/embed/`) wait until they scroll into view.
 */
export function init(): void {
	if (/\/embed\/?$/.test(location.pathname)) return;
	const slot = document.querySelector<HTMLElement>('[data-map-slot]');
	if (slot) startMap(slot, new URL(location.href));
}
