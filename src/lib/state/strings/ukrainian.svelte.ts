/**
 * The Ukrainian dictionary, loaded on first use so that English pages do not download it. `t()`
 * reads `ukrainian.strings`, a rune, so whatever rendered in English while it loaded renders again
 * in Ukrainian once it arrives. `hooks.client.ts` loads it before hydration when the URL asks for
 * `lang=uk`, so such a page never shows English first.
 */
import type { MessageKey, PluralForms, PluralKey } from './en';
import { LazyStrings } from './lazy-strings.svelte';

export interface Dictionary {
	messages: Readonly<Record<MessageKey, string>>;
	plurals: Readonly<Record<PluralKey, PluralForms>>;
}

export const ukrainian = new LazyStrings<Dictionary>(() =>
	import('./uk').then(({ uk, ukPlurals }) => ({ messages: uk, plurals: ukPlurals }))
);

/** Loads the Ukrainian dictionary (once); resolves when `t('uk', …)` answers in Ukrainian. */
export function loadUkrainian(): Promise<Dictionary> {
	return ukrainian.load();
}
