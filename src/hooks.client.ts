import { startMap } from '$lib/map/head-start';
import { loadUkrainian } from '$lib/state/strings/ukrainian.svelte';

/**
 * Runs before the page hydrates (SvelteKit awaits it). A page asked for in Ukrainian (`?lang=uk`)
 * loads that dictionary first, so it hydrates in Ukrainian; English pages never download it.
 * The full page always shows a map, so its engine starts loading now and the map is created in the
 * prerendered map area once the page has hydrated (`head-start.ts`). Embeds (`/embed/`) wait until
 * they scroll into view.
 */
export async function init(): Promise<void> {
	const url = new URL(location.href);
	const ukrainian = url.searchParams.get('lang') === 'uk' ? loadUkrainian() : null;
	if (!/\/embed\/?$/.test(location.pathname)) {
		const slot = document.querySelector<HTMLElement>('[data-map-slot]');
		if (slot) startMap(slot, url);
	}
	await ukrainian;
}
