/**
 * URL <-> app state, as pure functions. The URL is the single source of truth for what a reader
 * sees, so a shared link or an embed reproduces the view exactly.
 *
 * - Search params carry the discrete state: `place`, `story`, `view`, `date`, `lang`, `theme` and the
 *   embed options `controls`, `panel`, `height`, `id` (`embed-options.ts`). Defaults are omitted when
 *   serialising.
 * - The hash carries the camera, `#map=zoom/lat/lon[/bearing[/pitch]]` (`camera-hash.ts`).
 *
 * Parsing never throws: anything unknown or malformed falls back to the default for that field.
 * No Svelte and no DOM globals here; callers pass a `URL`.
 */
import { formatCameraHash, parseCameraHash, type Camera } from './camera-hash';
import {
	defaultEmbedOptions,
	EMBED_PARAMS,
	embedParams,
	parseEmbedOptions,
	type EmbedOptions
} from './embed-options';
import type { Lang } from './i18n';

export const VIEWS = ['explore', 'compare', 'article'] as const;
export type View = (typeof VIEWS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export type AppState = {
	/** A known place id, or null when nothing is selected. */
	place: string | null;
	/** A known story id to filter to, or null for every story. */
	story: string | null;
	view: View;
	/** An ISO date (`YYYY-MM-DD`) from the known snapshot dates, or null for the default. */
	date: string | null;
	lang: Lang;
	/** null follows the system preference. */
	theme: Theme | null;
	/** null uses the default view of the map. */
	camera: Camera | null;
	embed: EmbedOptions;
};

export type ParseOptions = {
	/** Ids a `?place=` may name. */
	placeIds: ReadonlySet<string>;
	/** ISO dates a `?date=` may name. */
	dates: ReadonlySet<string>;
	/** Ids a `?story=` may name; none when absent. */
	storyIds?: ReadonlySet<string>;
};

/** The state a URL without any of our params describes. */
export function defaultAppState(): AppState {
	return {
		place: null,
		story: null,
		view: 'explore',
		date: null,
		lang: 'en',
		theme: null,
		camera: null,
		embed: defaultEmbedOptions()
	};
}

/** Search params this module owns; every other param is left as it is. */
const OWNED_PARAMS: ReadonlySet<string> = new Set([
	'place',
	'story',
	'view',
	'date',
	'lang',
	'theme',
	...EMBED_PARAMS
]);

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
	return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * Reads the app state from a URL. Never throws: each field falls back to its default when its
 * param is missing, unknown or malformed. When a param is repeated, the first one counts.
 *
 * @param url The page URL (search params and hash are read).
 * @param options The known place ids and snapshot dates.
 */
export function parseUrlState(url: URL, options: ParseOptions): AppState {
	const state = defaultAppState();
	let params: URLSearchParams;
	let hash: string;
	try {
		params = url.searchParams;
		hash = url.hash;
	} catch {
		return state;
	}
	const get = (name: string): string | null => {
		try {
			return params.get(name);
		} catch {
			return null;
		}
	};

	const place = get('place');
	if (place !== null && options.placeIds.has(place)) state.place = place;
	const story = get('story');
	if (story !== null && options.storyIds?.has(story)) state.story = story;
	state.view = pick(get('view'), VIEWS) ?? 'explore';
	const date = get('date');
	if (date !== null && options.dates.has(date)) state.date = date;
	state.lang = pick(get('lang'), ['en', 'uk'] as const) ?? 'en';
	state.theme = pick(get('theme'), THEMES);
	state.camera = parseCameraHash(hash);
	state.embed = parseEmbedOptions(get);
	return state;
}

/** The name of a raw `key=value` query part, decoded like URLSearchParams does. */
function paramName(part: string): string {
	const raw = part.split('=', 1)[0] ?? '';
	try {
		return decodeURIComponent(raw.replace(/\+/g, ' '));
	} catch {
		return raw;
	}
}

/** Percent-encodes a value, keeping `,` readable (it is allowed in a query). */
function encodeValue(value: string): string {
	return encodeURIComponent(value).replace(/%2C/gi, ',');
}

/** Our params for `state`, in a fixed order, with every default left out. */
function ownedParams(state: AppState): [string, string][] {
	const out: [string, string][] = [];
	if (state.place !== null) out.push(['place', state.place]);
	if (state.story !== null) out.push(['story', state.story]);
	if (state.view !== 'explore') out.push(['view', state.view]);
	if (state.date !== null) out.push(['date', state.date]);
	if (state.lang !== 'en') out.push(['lang', state.lang]);
	if (state.theme !== null) out.push(['theme', state.theme]);
	out.push(...embedParams(state.embed));
	return out;
}

/**
 * Writes `state` into a copy of `base`: our search params (defaults omitted) and the `#map=` hash
 * (removed when `camera` is null). Other search params and other `&`-separated hash parts of
 * `base` are kept byte for byte, after ours.
 *
 * @example serializeUrlState({ ...defaultAppState(), place: 'pokrovsk' }, new URL('https://x.org/')).href
 * // 'https://x.org/?place=pokrovsk'
 */
export function serializeUrlState(state: AppState, base: URL): URL {
	const url = new URL(base.href);

	const others = url.search
		.slice(1)
		.split('&')
		.filter((part) => part !== '' && !OWNED_PARAMS.has(paramName(part)));
	const ours = ownedParams(state).map(([k, v]) => `${k}=${encodeValue(v)}`);
	const search = [...ours, ...others].join('&');
	url.search = search === '' ? '' : `?${search}`;

	const otherHash = url.hash
		.slice(1)
		.split('&')
		.filter((part) => part !== '' && !part.startsWith('map='));
	const camera = state.camera ? formatCameraHash(state.camera) : '';
	const hash = [camera, ...otherHash].filter((part) => part !== '').join('&');
	url.hash = hash === '' ? '' : `#${hash}`;
	return url;
}
