import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import type { Statement, StatementRef } from '../../src/lib/data/schema/statements.ts';

const REFS_QUERY = /[\\/]statements\.json\?refs$/;

/** A statement without its words: what the first screen needs to count, date and filter it. */
function statementRef({ id, article, places, said_on }: StatementRef): StatementRef {
	return { id, article, places, said_on };
}

/**
 * `statements.json?refs` is `statements.json` without the statements' words (quote, speaker,
 * source): the place list, the URL's dates and the story filter need only {@link statementRef}.
 * The panels that show the words import the whole file, in their own chunks, so the page's first
 * screen does not download them (the bench's `bytes.app-js`).
 */
export function statementRefsPlugin(): Plugin {
	return {
		name: 'frontline-statement-refs',
		enforce: 'pre',
		async load(id) {
			if (!REFS_QUERY.test(id)) return null;
			const file = id.slice(0, id.indexOf('?'));
			this.addWatchFile(file);
			const statements = JSON.parse(await readFile(file, 'utf8')) as Statement[];
			const refs = JSON.stringify(statements.map(statementRef));
			return { code: `export default JSON.parse(${JSON.stringify(refs)});`, moduleType: 'js' };
		}
	};
}
