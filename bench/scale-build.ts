/**
 * Builds the whole app on the synthetic dataset (`synthetic.ts`): `vite build` in a child process
 * with `FRONTLINE_GEODATA` pointing at a generated copy of `geodata/` and `FRONTLINE_BUILD` at
 * its own output (see svelte.config.js). Everything lands under node_modules/.cache.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writeSyntheticGeodata } from './synthetic';

const repo = fileURLToPath(new URL('..', import.meta.url));
const GEODATA = `${repo}node_modules/.cache/bench-scale-geodata/`;
const OUT = `${repo}node_modules/.cache/bench-scale-app/`;

/** Generates the dataset and builds the app on it; returns the built site's directory. */
export function buildScaleApp(): string {
	writeSyntheticGeodata(GEODATA);
	execFileSync(process.execPath, [`${repo}node_modules/vite/bin/vite.js`, 'build'], {
		cwd: repo,
		env: { ...process.env, FRONTLINE_GEODATA: GEODATA, FRONTLINE_BUILD: OUT },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	return OUT;
}
