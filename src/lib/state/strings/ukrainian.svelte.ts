/**
 * The Ukrainian dictionary, loaded on first use so that English pages do not download it. `t()`
 * reads `ukrainian.strings`, a rune, so whatever rendered in English while it loaded renders again
 * in Ukrainian once it arrives. `hooks.client.ts` loads it before hydration when the URL asks for
 * `lang=uk`, so such a page never shows English first.
 */
import type { MessageKey, PluralForms, PluralKey } from './en';

export interface Dictionary {
	messages: Readonly<Record<MessageKey, string>>;
	plurals: Readonly<Record<PluralKey, PluralForms>>;
}

class UkrainianStrings {
	/** Null until `loadUkrainian()` has resolved. */
	strings = $state.raw<Dictionary | null>(null);
	#pending: Promise<Dictionary> | null = null;

	load(): Promise<Dictionary> {
		this.#pending ??= import('./uk').then(({ uk, ukPlurals }) => {
			this.strings = { messages: uk, plurals: ukPlurals };
			return this.strings;
		});
		return this.#pending;
	}
}

export const ukrainian = new UkrainianStrings();

/** Loads the Ukrainian dictionary (once); resolves when `t('uk', …)` answers in Ukrainian. */
export function loadUkrainian(): Promise<Dictionary> {
	return ukrainian.load();
}
