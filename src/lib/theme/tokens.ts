/**
 * The page's colours for each theme and its font stack: the one source that `tokens.css` and
 * `font.css` (the stylesheets' custom properties), the map palette and the exported PNG share. A
 * unit test holds the stylesheets equal to these.
 */
import type { Theme } from '$lib/state/url-state';

export interface UiTokens {
	/** The page behind the panels. */
	bg: string;
	/** Panels, controls and the PNG's paper. */
	surface: string;
	text: string;
	/** Secondary text; AA on `bg` and `surface`. */
	muted: string;
	border: string;
	/** Focus rings, pressed controls and the selection on the map. */
	accent: string;
	link: string;
	/** Marked words in a quote. */
	highlight: string;
}

export const tokens: Record<Theme, UiTokens> = {
	light: {
		bg: '#f7f6f3',
		surface: '#ffffff',
		text: '#1d1b18',
		muted: '#57534b',
		border: '#d6d2c9',
		accent: '#0b63ce',
		link: '#0a58b8',
		highlight: '#fff0b3'
	},
	dark: {
		bg: '#121416',
		surface: '#1c1f23',
		text: '#ecebe8',
		muted: '#b4b0a7',
		border: '#3a3f46',
		accent: '#63a4ff',
		link: '#8cbcff',
		highlight: '#5a4a10'
	}
};

/** The UI's font stack (explorer, studio, the PNG's text); `font.css` sets it as `--font-family`. */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif';
