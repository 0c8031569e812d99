/** Shared loading for the ingest tests: the gazetteer (built from npm packages when missing) and the gold articles. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGazetteer, type Gazetteer } from '$lib/ingest/gazetteer';
import { ingest } from '$lib/ingest/ingest';
import type { Draft } from '$lib/ingest/draft-schema';
import { ensureGazetteer } from '../../../scripts/ingest-gazetteer';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/ingest');

let gazetteer: Gazetteer | null = null;

/** Loads the real gazetteer once per test file (call from `beforeAll`); builds it first on a fresh clone. */
export async function loadGazetteer(): Promise<Gazetteer> {
	gazetteer ??= parseGazetteer(readFileSync(await ensureGazetteer(), 'utf8'));
	return gazetteer;
}

/** The gazetteer `loadGazetteer` loaded. */
export function gazetteerLoaded(): Gazetteer {
	if (!gazetteer) throw new Error('call loadGazetteer() in beforeAll first');
	return gazetteer;
}

export function article(id: string): string {
	return readFileSync(join(FIXTURES, 'articles', `${id}.txt`), 'utf8');
}

export function draftOf(text: string, published: string, outlet: string | null = null): Draft {
	return ingest(text, { published, title: null, outlet, url: null }, gazetteerLoaded());
}

export const BI = 'bi-2024-07-zelenskyy-kharkiv';

/** The statement whose quote starts with `start`. */
export function quoteStarting(draft: Draft, start: string) {
	const found = draft.statements.find((s) => s.direct && s.quote.startsWith(start));
	if (!found) throw new Error(`no quote starts with ${start}`);
	return found;
}
