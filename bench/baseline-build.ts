/**
 * Builds the bare-MapLibre baseline page (`bench/baseline/`) with Vite's `build()` API into
 * `node_modules/.cache/bench-baseline/`, served at `/__baseline/` next to the app. The output
 * lives under node_modules so git, Prettier and ESLint never see the minified MapLibre in it.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { geodataImportPlugins } from '../scripts/vite/geodata-imports';
import { BASELINE_PREFIX } from './server';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Where the built baseline lands. */
export const BASELINE_OUT = `${repo}node_modules/.cache/bench-baseline/`;

/** Builds the baseline page; returns its output directory. */
export async function buildBaseline(): Promise<string> {
	await build({
		configFile: false,
		root: fileURLToPath(new URL('./baseline/', import.meta.url)),
		base: BASELINE_PREFIX,
		logLevel: 'warn',
		// Svelte compiles the app's rune modules (`*.svelte.ts`, e.g. the lazily loaded dictionary).
		plugins: [...geodataImportPlugins(), svelte({ configFile: false })],
		resolve: {
			alias: { $lib: `${repo}src/lib`, $geodata: `${repo}geodata` }
		},
		// Same target as the app (vite.config.ts), so both ship comparable MapLibre code.
		build: {
			outDir: BASELINE_OUT,
			emptyOutDir: true,
			target: 'es2022',
			// MapLibre alone is ~1 MB minified; that is the point of the page, not a warning.
			chunkSizeWarningLimit: 2000
		}
	});
	return BASELINE_OUT;
}
