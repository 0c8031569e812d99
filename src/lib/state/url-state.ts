/**
 * URL <-> app state, as pure functions. The URL is the single source of truth for what a reader
 * sees, so a shared link or an embed reproduces the view exactly.
 *
 * - Search params carry the discrete state: `place`, `view`, `date`, `lang`, `theme` and the embed
 *   options `controls`, `panel`, `height`, `id`. Defaults are omitted when serialising.
 * - The hash carries the camera in MapLibre's `hash: 'map'` format, `#map=zoom/lat/lon[/bearing[/pitch]]`
 *   (https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#hash).
 *
 * Parsing never throws: anything unknown or malformed falls back to the default for that field.
 * No Svelte and no DOM globals here; callers pass a `URL`.
 */
import type { Lang } from './i18n';

export const VIEWS = ['explore', 'compare', 'article'] as const;
export type View = (typeof VIEWS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Every embed control, in the canonical order used when parsing and serialising. */
export const EMBED_CONTROLS = ['zoom', 'legend', 'list', 'fullscreen'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

export type EmbedOptions = {
	/** Controls shown in an embed; unknown items are dropped, a missing param means all. */
	controls: EmbedControl[];
	/** Whether the statement panel starts open. */
	panel: 'open' | 'closed';
	/** Host-chosen embed id (`[A-Za-z0-9_-]{1,64}`), echoed in `postMessage`s; null when absent or invalid. */
	id: string | null;
	/** The embed's map height in CSS px, clamped to {@link EMBED_MAP_HEIGHT}; null for the default. */
	height: number | null;
};

/** The embed map's height in CSS px: the default and the range `?height=` is clamped to. */
export const EMBED_MAP_HEIGHT = { default: 460, min: 240, max: 1000 } as const;

/**
 * A `?height=` value as a map height: whole px clamped to 240–1000, or null when it isn't a number.
 * @example parseEmbedHeight('1200') // 1000
 */
export function parseEmbedHeight(value: string | null): number | null {
	if (value === null || !/^\d+(?:\.\d+)?$/.test(value.trim())) return null;
	const px = Math.round(Number(value));
	return Math.min(EMBED_MAP_HEIGHT.max, Math.max(EMBED_MAP_HEIGHT.min, px));
}

export type Camera = {
	/** MapLibre zoom level, 0–22. */
	zoom: number;
	/** Degrees: longitude −180…180, latitude −85.06…85.06. */
	center: [lon: number, lat: number];
	/** Degrees clockwise from north, normalised to [−180, 180). */
	bearing: number;
	/** Degrees from the vertical, 0–85. */
	pitch: number;
};

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

/** Per-field tolerances for {@link cameraEquals}; the defaults cover the rounding of the hash. */
export type CameraTolerance = {
	/** Zoom levels. Default 0.01. */
	zoom: number;
	/** Degrees of longitude or latitude. Default 0.0001. */
	lngLat: number;
	/** Degrees of bearing, compared around the circle. Default 0.1. */
	bearing: number;
	/** Degrees of pitch. Default 0.1. */
	pitch: number;
};

const DEFAULT_CAMERA_TOLERANCE: Readonly<CameraTolerance> = Object.freeze({
	zoom: 0.01,
	lngLat: 1e-4,
	bearing: 0.1,
	pitch: 0.1
});

export const CAMERA_LIMITS = Object.freeze({
	zoom: [0, 22],
	lat: [-85.06, 85.06],
	lon: [-180, 180],
	pitch: [0, 85]
} as const);

/** The embed options a URL without any embed params describes. */
export function defaultEmbedOptions(): EmbedOptions {
	return { controls: [...EMBED_CONTROLS], panel: 'open', id: null, height: null };
}

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
	'controls',
	'panel',
	'id',
	'height'
]);

const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A plain decimal: no exponent, no `Infinity`, no whitespace, no hex. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Longest `#map=` value worth reading; anything longer is garbage. */
const MAX_HASH_LENGTH = 200;

// ---------------------------------------------------------------------------------------------
// Camera

function round(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	// `+ 0` turns -0 into 0 so that it formats as "0".
	return Math.round(value * factor) / factor + 0;
}

/** Wraps degrees into [−180, 180). */
function wrapDegrees(value: number): number {
	const wrapped = ((((value + 180) % 360) + 360) % 360) - 180;
	return wrapped + 0;
}

function inRange(value: number, [min, max]: readonly [number, number]): boolean {
	return value >= min && value <= max;
}

/**
 * Rounds a camera to the precision of the hash and normalises the bearing, or returns null when a
 * field is not finite or out of range.
 */
function normalizeCamera(camera: Camera): Camera | null {
	const [rawLon, rawLat] = camera.center;
	const values = [camera.zoom, rawLon, rawLat, camera.bearing, camera.pitch];
	if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
	const zoom = round(camera.zoom, 2);
	const lon = round(rawLon, 4);
	const lat = round(rawLat, 4);
	const pitch = round(camera.pitch, 1);
	let bearing = round(wrapDegrees(camera.bearing), 1);
	// Rounding can carry 179.96 up to 180, which is -180 in [-180, 180); the subtraction is exact.
	if (bearing >= 180) bearing -= 360;
	if (
		!inRange(zoom, CAMERA_LIMITS.zoom) ||
		!inRange(lon, CAMERA_LIMITS.lon) ||
		!inRange(lat, CAMERA_LIMITS.lat) ||
		!inRange(pitch, CAMERA_LIMITS.pitch)
	) {
		return null;
	}
	return { zoom, center: [lon, lat], bearing, pitch };
}

/**
 * Formats a camera like MapLibre's `hash: 'map'` option, without the `#`: `map=zoom/lat/lon`, then
 * `/bearing` when bearing or pitch is non-zero and `/pitch` when pitch is non-zero.
 * Zoom is rounded to 2 decimals, lat/lon to 4, bearing and pitch to 1. Returns `''` for a camera
 * that {@link normalizeCamera} rejects.
 *
 * @example formatCameraHash({ zoom: 7, center: [36.9, 49.2], bearing: 0, pitch: 0 }) // 'map=7/49.2/36.9'
 */
export function formatCameraHash(camera: Camera): string {
	const c = normalizeCamera(camera);
	if (!c) return '';
	const parts = [c.zoom, c.center[1], c.center[0]];
	if (c.bearing !== 0 || c.pitch !== 0) parts.push(c.bearing);
	if (c.pitch !== 0) parts.push(c.pitch);
	return `map=${parts.map(String).join('/')}`;
}

/**
 * Reads the camera from a URL hash (`#map=7/49.2/36.9`, with or without the `#`, possibly among
 * other `&`-separated hash params). Returns null when there is no `map=` part or any part of it is
 * missing, not a plain decimal, or out of range. The bearing is wrapped into [−180, 180).
 *
 * @example parseCameraHash('#map=7.5/49.2/36.9/30/45') // { zoom: 7.5, center: [36.9, 49.2], bearing: 30, pitch: 45 }
 */
export function parseCameraHash(hash: string): Camera | null {
	if (typeof hash !== 'string') return null;
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	const entry = body.split('&').find((part) => part.startsWith('map='));
	if (entry === undefined) return null;
	const value = entry.slice('map='.length);
	if (value.length > MAX_HASH_LENGTH) return null;
	const parts = value.split('/');
	if (parts.length < 3 || parts.length > 5) return null;
	if (!parts.every((part) => DECIMAL.test(part))) return null;
	const [zoom = 0, lat = 0, lon = 0, bearing = 0, pitch = 0] = parts.map(Number);
	return normalizeCamera({ zoom, center: [lon, lat], bearing, pitch });
}

/**
 * True when two cameras are the same view within `tolerance` (per field, see
 * {@link CameraTolerance}). Bearing and longitude are compared around the circle. Used to stop the
 * map ⇄ URL feedback loop: only write the URL, or move the map, when this is false.
 */
export function cameraEquals(
	a: Camera,
	b: Camera,
	tolerance: Partial<CameraTolerance> = {}
): boolean {
	const tol = { ...DEFAULT_CAMERA_TOLERANCE, ...tolerance };
	const angle = (x: number, y: number) => Math.abs(wrapDegrees(x - y));
	return (
		Math.abs(a.zoom - b.zoom) <= tol.zoom &&
		angle(a.center[0], b.center[0]) <= tol.lngLat &&
		Math.abs(a.center[1] - b.center[1]) <= tol.lngLat &&
		angle(a.bearing, b.bearing) <= tol.bearing &&
		Math.abs(a.pitch - b.pitch) <= tol.pitch
	);
}

// ---------------------------------------------------------------------------------------------
// Search params

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
	return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function parseControls(value: string | null): EmbedControl[] {
	if (value === null) return [...EMBED_CONTROLS];
	const asked = new Set(value.split(','));
	return EMBED_CONTROLS.filter((control) => asked.has(control));
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

	const id = get('id');
	state.embed = {
		controls: parseControls(get('controls')),
		panel: pick(get('panel'), ['open', 'closed'] as const) ?? 'open',
		id: id !== null && EMBED_ID.test(id) ? id : null,
		height: parseEmbedHeight(get('height'))
	};
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
	const controls = EMBED_CONTROLS.filter((c) => state.embed.controls.includes(c));
	if (controls.length !== EMBED_CONTROLS.length) out.push(['controls', controls.join(',')]);
	if (state.embed.panel !== 'open') out.push(['panel', state.embed.panel]);
	if (state.embed.height !== null) out.push(['height', String(state.embed.height)]);
	if (state.embed.id !== null) out.push(['id', state.embed.id]);
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
