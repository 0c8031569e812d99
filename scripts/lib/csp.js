// The site's Content-Security-Policy, in one place: svelte.config.js puts it in every prerendered
// page's <meta> (with the hashes of SvelteKit's inline scripts), and scripts/write-headers.ts writes
// the same policy to build/_headers for hosts that read that file (Netlify, Cloudflare Pages).

/**
 * What the app needs and nothing more: its own scripts, styles, fonts, data and MapLibre's worker
 * (a same-origin file, see src/lib/map/load-maplibre.ts). `data:` images are MapLibre's control icons
 * (SVG in its stylesheet). Style attributes are allowed
 * inline (Svelte's `style:` directives and MapLibre's positioning); they cannot run script.
 * SvelteKit adds the hashes of its inline scripts and styles to `script-src` and `style-src`.
 * @type {Record<string, string[]>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-inline'],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};
