/**
 * The English strings of the panels that load after the first screen (`en-later.ts`), loaded with
 * those panels so that the first screen does not download them. `t()` reads `laterEnglish.strings`,
 * a rune, so a string asked for before they arrive renders again once they have.
 */
import type { enLater } from './en-later';

class LaterEnglishStrings {
	/** Null until `load()` has resolved. */
	strings = $state.raw<typeof enLater | null>(null);
	#pending: Promise<typeof enLater> | null = null;

	load(): Promise<typeof enLater> {
		this.#pending ??= import('./en-later').then(({ enLater }) => (this.strings = enLater));
		return this.#pending;
	}
}

export const laterEnglish = new LaterEnglishStrings();

/**
 * A later panel's module, once the later English strings have arrived too: a panel loaded with it
 * renders every string at once.
 * @example {#await withLaterStrings(import('./CompareView.svelte')) then { default: CompareView }}
 */
export function withLaterStrings<T>(module: Promise<T>): Promise<T> {
	return Promise.all([module, laterEnglish.load()]).then(([loaded]) => loaded);
}
