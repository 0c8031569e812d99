/**
 * The English strings of the panels that load after the first screen (`en-later.ts`), loaded with
 * those panels so that the first screen does not download them. `t()` reads `laterEnglish.strings`,
 * a rune, so a string asked for before they arrive renders again once they have.
 */
import type { enLater } from './en-later';
import { LazyStrings } from './lazy-strings.svelte';

export const laterEnglish = new LazyStrings<typeof enLater>(() =>
	import('./en-later').then(({ enLater }) => enLater)
);

/**
 * A later panel's module, once the later English strings have arrived too: a panel loaded with it
 * renders every string at once.
 * @example {#await withLaterStrings(import('./CompareView.svelte')) then { default: CompareView }}
 */
export function withLaterStrings<T>(module: Promise<T>): Promise<T> {
	return Promise.all([module, laterEnglish.load()]).then(([loaded]) => loaded);
}
