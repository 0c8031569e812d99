/**
 * The HTML a host page pastes to embed a view: an `<iframe>` (works everywhere) or the
 * `<frontline-map>` element from `/embed.js`. Pure string building over `serializeUrlState`, so an
 * embed URL always says exactly what the app's own URL would.
 *
 * `origin` is like `https://example.org` (no trailing slash needed) and `basePath` is the app's
 * base path (`''`, `'/'`, `'/frontline'` or `'/frontline/'` all work).
 */
import { defaultEmbedOptions, EMBED_MAP_HEIGHT } from '$lib/state/embed-options';
import { serializeUrlState, type AppState } from '$lib/state/url-state';
import { DEFAULT_EMBED_TITLE } from './protocol';

export type SnippetOptions = {
	/** The iframe's accessible title. Default {@link DEFAULT_EMBED_TITLE}. */
	title?: string;
	/** Text of the no-JS fallback link in the component snippet. Default "Open the map". */
	linkText?: string;
};

/** `&`, `"`, `<` and `>` as entities, so a value is safe inside a double-quoted attribute or as text. */
export function escapeHtml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** The app root URL for a deployment: `https://x.org/frontline/`. */
function appRoot(origin: string, basePath: string): URL {
	const path = basePath.replace(/^\/+|\/+$/g, '');
	return new URL(path === '' ? '/' : `/${path}/`, origin);
}

/**
 * The `/embed/` URL that shows `state`.
 *
 * @example embedUrl({ ...defaultAppState(), place: 'pokrovsk' }, 'https://x.org', '/frontline')
 * // 'https://x.org/frontline/embed/?place=pokrovsk'
 */
export function embedUrl(state: AppState, origin: string, basePath: string): string {
	return serializeUrlState(state, new URL('embed/', appRoot(origin, basePath))).href;
}

/** The full-page URL that shows `state`, without embed options: the no-JS fallback link. */
export function fullPageUrl(state: AppState, origin: string, basePath: string): string {
	const page = { ...state, embed: defaultEmbedOptions() };
	return serializeUrlState(page, appRoot(origin, basePath)).href;
}

/**
 * The URL of the first frame of the view `state` opens on (src/lib/map/first-frame.ts), in its
 * language and theme (light unless the state asks for dark): a picture of the map for readers
 * without JavaScript.
 */
function frameImageUrl(state: AppState, origin: string, basePath: string): string {
	const frame = state.view === 'compare' ? 'compare' : (state.place ?? 'default');
	const variant = (state.lang === 'uk' ? '.uk' : '') + (state.theme === 'dark' ? '.dark' : '');
	return new URL(`frames/${frame}${variant}.svg`, appRoot(origin, basePath)).href;
}

/** The URL of the loader script. */
export function loaderUrl(origin: string, basePath: string): string {
	return new URL('embed.js', appRoot(origin, basePath)).href;
}

function loaderTag(origin: string, basePath: string): string {
	return `<script src="${escapeHtml(loaderUrl(origin, basePath))}" async></script>`;
}

/** The iframe's height before the embed reports its own: the map's (`state.embed.height`). */
function initialHeight(state: AppState): number {
	return state.embed.height ?? EMBED_MAP_HEIGHT.default;
}

/**
 * An `<iframe>` for `state`, followed by the one-line loader that keeps its height in step with
 * the content. `id` goes into `?id=` (the embed echoes it in its height messages); null leaves it out.
 */
export function iframeSnippet(
	state: AppState,
	origin: string,
	basePath: string,
	id: string | null,
	options: SnippetOptions = {}
): string {
	const src = embedUrl({ ...state, embed: { ...state.embed, id } }, origin, basePath);
	const title = options.title ?? DEFAULT_EMBED_TITLE;
	const style = `width:100%;border:0;height:${initialHeight(state)}px`;
	return (
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" ` +
		`style="${style}" allow="fullscreen"></iframe>\n${loaderTag(origin, basePath)}`
	);
}

/**
 * The loader and a `<frontline-map>` for `state`, with a link inside as the no-JS fallback: the
 * view's first frame as a picture, and the link text.
 * The element's attributes are read back from {@link embedUrl}, so they can't drift from the URL
 * format (`height` among them: the map's height, which the element also starts the iframe at); `id` is left to the element, which generates a unique one.
 */
export function componentSnippet(
	state: AppState,
	origin: string,
	basePath: string,
	options: SnippetOptions = {}
): string {
	const url = new URL(
		embedUrl({ ...state, embed: { ...state.embed, id: null } }, origin, basePath)
	);
	const attributes: [string, string][] = [...url.searchParams];
	const camera = url.hash
		.slice(1)
		.split('&')
		.find((part) => part.startsWith('map='));
	if (camera) attributes.push(['map', camera.slice('map='.length)]);
	if (options.title !== undefined) attributes.push(['title', options.title]);
	const attrs = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
	const link = escapeHtml(fullPageUrl(state, origin, basePath));
	const text = escapeHtml(options.linkText ?? 'Open the map');
	const image = `<img src="${escapeHtml(frameImageUrl(state, origin, basePath))}" alt="" style="width:100%">`;
	return (
		`${loaderTag(origin, basePath)}\n` +
		`<frontline-map${attrs}><a href="${link}">${image}${text}</a></frontline-map>`
	);
}
