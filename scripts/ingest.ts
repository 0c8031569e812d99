/** `npm run ingest -- <article.txt> --published YYYY-MM-DD [...] --out <draft.json>`: see --help. */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeArticle } from '../src/lib/ingest/input.ts';
import { ensureGazetteer } from './ingest-gazetteer.ts';

export const EXIT = { ok: 0, usage: 1, input: 2, failure: 3 } as const;

const HELP = `Usage: npm run ingest -- <article.txt> --published YYYY-MM-DD [--title T] [--outlet O] [--url U] --out <draft.json>

Reads an English news article (UTF-8 text) and writes a draft of its places and direct quotes.

Exit codes:
  0  the draft was written (warnings, e.g. no quotes or an unbalanced quotation mark, go to stderr)
  1  bad arguments (missing article, --published or --out, or a date that is not YYYY-MM-DD)
  2  unusable article (missing, empty, binary, invalid UTF-8, or larger than 1 MB)
  3  anything else went wrong (one line on stderr)`;

function fail(code: number, message: string): never {
	process.stderr.write(`ingest: ${message}\n`);
	process.exit(code);
}

async function main(): Promise<void> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				published: { type: 'string' },
				title: { type: 'string' },
				outlet: { type: 'string' },
				url: { type: 'string' },
				out: { type: 'string' },
				help: { type: 'boolean' }
			}
		});
	} catch (error) {
		fail(EXIT.usage, `${(error as Error).message} (see --help)`);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		process.stdout.write(HELP + '\n');
		return;
	}
	const [file] = positionals;
	if (!file || !values.out)
		fail(EXIT.usage, 'give an article file and --out <draft.json> (see --help)');
	const published = values.published ?? '';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published))) {
		fail(EXIT.usage, '--published must be a date YYYY-MM-DD (see --help)');
	}
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch {
		fail(EXIT.input, `cannot read ${file}`);
	}
	const input = decodeArticle(bytes);
	if (!input.ok) fail(EXIT.input, `${file}: ${input.error}`);
	// The engine and the gazetteer load only for a usable article, so errors come back at once.
	const { parseGazetteer } = await import('../src/lib/ingest/gazetteer.ts');
	const { ingest } = await import('../src/lib/ingest/ingest.ts');
	const gazetteer = parseGazetteer(readFileSync(await ensureGazetteer(), 'utf8'));
	const article = {
		published,
		title: values.title ?? null,
		outlet: values.outlet ?? null,
		url: values.url ?? null
	};
	const draft = ingest(input.text, article, gazetteer);
	writeFileSync(values.out, JSON.stringify(draft, null, '\t') + '\n');
	for (const warning of draft.warnings) process.stderr.write(`ingest: warning: ${warning}\n`);
	process.stdout.write(
		`${values.out}: ${draft.places.length} places, ${draft.statements.length} statements\n`
	);
}

main().catch((error: unknown) => {
	fail(EXIT.failure, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
});
