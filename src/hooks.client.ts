import { startMap } from '$lib/map/start-map-early';
import { loadUkrainian } from '$lib/state/strings/ukrainian.svelte';

/**
 * Runs before the page hydrates (SvelteKit awaits it). A page asked for in Ukrainian (`?lang=uk`)
 * loads that dictionary first, so it hydrates in Ukrainian; English pages never download it.
 * The full page always shows a map, so it starts the map now (`start-map-early.ts`); embeds wait
 * until they scroll into view. The map's start-up, step by step with what each step buys, is
 * described once: README.md, "How the map starts".
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
