/**
 * A second built site for the browser tests: the app built on another geodata tree (the README's
 * steps applied to a copy of `geodata/`), with `FRONTLINE_GEODATA` and `FRONTLINE_BUILD` (see
 * svelte.config.js), and served on its own origin. One `vite build`, about half a minute.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect } from 'vitest';
import { validateGeodata } from '$lib/data/validate';
import { readTree } from '../../../scripts/lib/read-tree';
import { originOf, serve } from './static-server';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Builds the app on the tree `makeGeodata` writes (it must validate) and serves it for the test
 * file; `origin()` is the site's origin once built.
 */
export function useFixtureSite(name: string, makeGeodata: (dir: string) => void) {
	const root = join(REPO, 'node_modules/.cache', name);
	let server: Server | undefined;
	beforeAll(async () => {
		rmSync(root, { recursive: true, force: true });
		const geodata = join(root, 'geodata');
		makeGeodata(geodata);
		expect(validateGeodata(readTree(geodata))).toEqual([]);
		await promisify(execFile)(
			process.execPath,
			[join(REPO, 'node_modules/vite/bin/vite.js'), 'build'],
			{
				cwd: REPO,
				env: { ...process.env, FRONTLINE_GEODATA: geodata, FRONTLINE_BUILD: join(root, 'build') }
			}
		);
		server = await serve(join(root, 'build'));
	}, 300_000);
	afterAll(async () => {
		await new Promise((resolve) => server?.close(resolve));
	});
	return { origin: () => originOf(server!) };
}
