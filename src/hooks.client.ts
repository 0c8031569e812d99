import { startMap } from '$lib/map/head-start';
import { loadUkrainian } from '$lib/state/strings/ukrainian.svelte';

/**
 * Runs before the page hydrates (SvelteKit awaits it). A page asked for in Ukrainian (`?lang=uk`)
 * loads that dictionary first, so it hydrates in Ukrainian; English pages never download it.
 * The full page always shows a map, so its engine starts loading now and the map is created in the
 * prerendered map area once the page has hydrated (`head-start.ts`). Embeds (`/embed/`) wait until
 * they scroll into view. A page opened on a place fetches its panel's code now too, alongside the
 * app's own, rather than once it has hydrated.
 */
export async function init(): Promise<void> {
	const url = new URL(location.href);
	const ukrainian = url.searchParams.get('lang') === 'uk' ? loadUkrainian() : null;
	if (url.searchParams.has('place')) void import('$lib/explorer/PlaceDetails.svelte');
	if (!/\/embed\/?$/.test(location.pathname)) {
		const slot = document.querySelector<HTMLElement>('[data-map-slot]');
		if (slot) startMap(slot, url);
	}
	await ukrainian;
}
