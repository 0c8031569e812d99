/**
 * The system's colour scheme, read once and without Svelte: for code that runs before the app has
 * hydrated (the map started from the page's head, `start-map-early.ts`) or outside the explorer's
 * state (the studio's map). The explorer's reactive reading is `system-theme.ts`.
 */
import type { Theme } from '$lib/state/url-state';

/** The media query of a system that prefers dark colours. */
export const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** The theme the system asks for now, used when the URL names none. */
export function systemThemeNow(): Theme {
	return matchMedia(DARK_SCHEME).matches ? 'dark' : 'light';
}
