import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CSP_DIRECTIVES } from './scripts/lib/csp.js';

// The bench also builds the app on a synthetic dataset (bench/scale-build.ts): it points these at
// a generated copy of geodata/ and at its own output directory. Nothing else sets them.
const geodata = process.env.FRONTLINE_GEODATA ?? 'geodata';
const output = process.env.FRONTLINE_BUILD ?? 'build';

// SvelteKit hashes its own inline scripts only: the first frame's picker, inlined as the file's
// exact text (src/lib/map/FirstFrame.svelte), is allowed by its hash.
const picker = readFileSync('src/lib/map/first-frame-picker.js', 'utf8');
const pickerHash = `sha256-${createHash('sha256').update(picker).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: output, assets: output, fallback: undefined }),
		alias: { $geodata: geodata },
		prerender: { handleHttpError: 'fail' },
		// Inline the page's small stylesheets: no render-blocking requests before the first paint.
		inlineStyleThreshold: 10_000,
		// A strict policy in every page's <meta>; the same one is written to build/_headers.
		csp: {
			mode: 'hash',
			directives: {
				...CSP_DIRECTIVES,
				'script-src': [...CSP_DIRECTIVES['script-src'], /** @type {const} */ (pickerHash)]
			}
		}
	}
};

export default config;
