import type { Plugin } from 'vite';
import { ensureGazetteer } from '../ingest-gazetteer.ts';

/**
 * The studio's build needs: the gazetteer file its worker loads (git-ignored, so built from npm
 * packages on a fresh clone before Vite resolves `gazetteer.tsv?url`).
 */
export function studioPlugin(): Plugin {
	return {
		name: 'frontline-studio',
		async buildStart() {
			await ensureGazetteer();
		}
	};
}
