/**
 * The reader's colour scheme as the system reports it, for a page whose URL names no theme.
 * Server-side (prerendering) it is light.
 */
import { MediaQuery } from 'svelte/reactivity';
import { DARK_SCHEME } from './color-scheme';
import type { Theme } from '$lib/state/url-state';

const dark = new MediaQuery(DARK_SCHEME, false);

/** The system's theme now; reactive in effects and deriveds, which follow a change of scheme. */
export function systemTheme(): Theme {
	return dark.current ? 'dark' : 'light';
}
