/**
 * Map colours for each theme. The basemap is calm and grey-blue so that the overlays
 * (occupied area, Russian gains, the article's regions and places) carry the colour.
 * Text colours meet WCAG AA against the fills they sit on. Colours the map shares with the page
 * (the selection's accent, the places' ink, the dark land's surface) come from the theme tokens.
 */
import type { Theme } from '$lib/state/url-state';
import { tokens } from '$lib/theme/tokens';

export interface Palette {
	sea: string;
	land: string;
	ukraine: string;
	russia: string;
	countryLine: string;
	urban: string;
	water: string;
	oblastLine: string;
	border: string;
	label: string;
	labelHalo: string;
	seaLabel: string;
	regionLine: string;
	regionSelected: string;
	occupied: string;
	occupiedLine: string;
	contested: string;
	gained: string;
	gainedLine: string;
	place: string;
	placeStroke: string;
	contextPlace: string;
	selected: string;
	measure: string;
}

export const palettes: Record<Theme, Palette> = {
	light: {
		sea: '#c9dbe6',
		land: '#f3f1ec',
		ukraine: '#fbfaf7',
		russia: '#ebe8e1',
		countryLine: '#a7a39a',
		urban: '#e4dfd5',
		water: '#9dbfd3',
		oblastLine: '#b9b4aa',
		border: '#4a4740',
		label: '#2d2b27',
		labelHalo: tokens.light.surface,
		seaLabel: '#3d6680',
		regionLine: '#2f6db5',
		regionSelected: '#173f73',
		occupied: '#c8453a',
		occupiedLine: '#8f2a22',
		contested: '#8a8a8a',
		gained: '#e08a1e',
		gainedLine: '#8a4d00',
		place: tokens.light.text,
		placeStroke: tokens.light.surface,
		contextPlace: '#6b675f',
		selected: tokens.light.accent,
		measure: '#6a1b9a'
	},
	dark: {
		sea: '#0f1b26',
		land: tokens.dark.surface,
		ukraine: '#23272c',
		russia: '#191b1e',
		countryLine: '#4c535c',
		urban: '#2c3036',
		water: '#2b4a63',
		oblastLine: '#3d434b',
		border: '#c9ccd1',
		label: '#e8e6e1',
		labelHalo: '#111315',
		seaLabel: '#8fb4cf',
		regionLine: '#6ea8ff',
		regionSelected: '#b9d4ff',
		occupied: '#e0584c',
		occupiedLine: '#ff9a8f',
		contested: '#9a9a9a',
		gained: '#f5a524',
		gainedLine: '#ffd08a',
		place: '#f5f3ee',
		placeStroke: '#111315',
		contextPlace: '#a9a49a',
		selected: tokens.dark.accent,
		measure: '#d59cff'
	}
};

/** `#rrggbb` as `rgba(r, g, b, alpha)`. */
export function withAlpha(hex: string, alpha: number): string {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
