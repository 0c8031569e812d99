/**
 * "Save to geodata/" for the studio under `npm run dev`: writes a story's content-model files into
 * `geodata/` after checking every path, the bundle's validity and that no other story changes.
 * Pure of HTTP: the dev-server plugin (studio-plugin.ts) reads the body and sends the answer.
 */
import { existsSync, lstatSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { validateGeodata } from '../../src/lib/data/validate.ts';
import { readTree } from '../lib/read-tree.ts';

export interface SaveAnswer {
	status: number;
	message: string;
}

const MODEL_FILES = new Set(['stories.json', 'statements.json', 'places.json', 'sources.json']);
const ARTICLE = /^articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;

const fail = (status: number, message: string): SaveAnswer => ({ status, message });

/** The records of `json` (an array of `{ id }` or `{ article }` records) by key, as text. */
function recordsBy(text: string | undefined, key: 'id' | 'article'): Map<string, string> {
	const records = new Map<string, string>();
	const list = text === undefined ? [] : (JSON.parse(text) as Record<string, unknown>[]);
	for (const record of list) {
		const k = String(record[key]);
		records.set(k, (records.get(k) ?? '') + JSON.stringify(record));
	}
	return records;
}

/** Other stories whose records in `file` the bundle would change. */
function othersChanged(
	current: string | undefined,
	next: string,
	key: 'id' | 'article',
	own: string
): string[] {
	const [before, after] = [recordsBy(current, key), recordsBy(next, key)];
	return [...new Set([...before.keys(), ...after.keys()])].filter(
		(k) => k !== own && before.get(k) !== after.get(k)
	);
}

/** `path` inside `root` with nothing along the way a symlink; null otherwise. */
function safeTarget(root: string, path: string): string | null {
	const target = resolve(root, path);
	if (relative(root, target).startsWith('..') || !target.startsWith(root + sep)) return null;
	for (let at = target; at !== root; at = dirname(at)) {
		if (existsSync(at) && lstatSync(at).isSymbolicLink()) return null;
	}
	return target;
}

/**
 * Checks and writes `body` (`{ files: { <path in geodata/>: text }, overwrite?: true }`) into `root`.
 * @returns 200 when written; 400 for a malformed body or a path outside the content model; 409 when
 *   the story exists and `overwrite` is not set, or another story would change; 422 for an invalid bundle.
 */
export function saveBundle(geodata: string, body: unknown): SaveAnswer {
	if (
		typeof body !== 'object' ||
		body === null ||
		typeof (body as { files?: unknown }).files !== 'object'
	)
		return fail(400, 'expected { "files": { "<path>": "<text>" } }');
	const { files, overwrite } = body as { files: Record<string, unknown>; overwrite?: unknown };
	const root = realpathSync(geodata);
	const articles: string[] = [];
	for (const [path, text] of Object.entries(files ?? {})) {
		if (typeof text !== 'string') return fail(400, `${path}: not text`);
		const article = ARTICLE.exec(path);
		if (!MODEL_FILES.has(path) && !article) return fail(400, `${path}: not a content-model file`);
		if (!safeTarget(root, path)) return fail(400, `${path}: outside geodata/ or through a symlink`);
		if (article) articles.push(article[1]!);
	}
	if (articles.length !== 1) return fail(400, 'the bundle must hold exactly one article text');
	const id = articles[0]!;
	const current = readTree(root);
	const strings = files as Record<string, string>;
	const changed = [
		...othersChanged(
			current['stories.json'],
			strings['stories.json'] ?? current['stories.json']!,
			'id',
			id
		),
		...othersChanged(
			current['statements.json'],
			strings['statements.json'] ?? current['statements.json']!,
			'article',
			id
		)
	];
	if (changed.length > 0)
		return fail(409, `the bundle would change other stories: ${[...new Set(changed)].join(', ')}`);
	const exists =
		`articles/${id}.txt` in current || recordsBy(current['stories.json'], 'id').has(id);
	if (exists && overwrite !== true)
		return fail(409, `story "${id}" exists: confirm to overwrite it`);
	const gains = `gains/${id}.geojson`;
	const errors = validateGeodata({ ...current, ...strings }).filter(
		(line) => !line.startsWith(`${gains}:`) && !line.includes(`"${gains}"`)
	);
	if (errors.length > 0) return fail(422, errors.join('\n'));
	for (const [path, text] of Object.entries(strings)) writeFileSync(join(root, path), text);
	return {
		status: 200,
		message: `saved ${Object.keys(strings).length} files for "${id}"; run npm run data`
	};
}
