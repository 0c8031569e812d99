/** Cross-file checks: unique ids, statement references, verbatim quotes and source coverage. */
import { errorLine, FILE, recordId } from './format';
import { objects } from './records';

/** A label for each id in `files`, in order; reports the second and later uses of an id. */
export function checkUniqueIds(groups: { file: string; ids: string[] }[]): string[] {
	const seen = new Map<string, string>();
	const errors: string[] = [];
	for (const { file, ids } of groups) {
		for (const id of ids) {
			const first = seen.get(id);
			if (first) errors.push(errorLine(file, id, 'id', `duplicate id (also in ${first})`));
			else seen.set(id, file);
		}
	}
	return errors;
}

/**
 * Normalises text for quote comparison: curly quotes become straight, runs of whitespace one space.
 * @example normaliseQuote('“tense  and\ndifficult.”') // '"tense and difficult."'
 */
export function normaliseQuote(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

export interface StatementContext {
	/** Ids of places and regions. */
	placeIds: ReadonlySet<string>;
	/** Article id → article text (undefined when the text file is missing). */
	articleTexts: ReadonlyMap<string, { path: string; text: string | undefined }>;
}

/** Each statement's `article` exists, its `places` exist and its `quote` is in the article. */
export function checkStatementReferences(
	file: string,
	statements: unknown,
	context: StatementContext
): string[] {
	return objects(statements).flatMap(({ record, index }) => {
		const id = recordId(record, index);
		const errors: string[] = [];
		const places = Array.isArray(record.places) ? record.places : [];
		places.forEach((place: unknown, i) => {
			if (typeof place === 'string' && !context.placeIds.has(place)) {
				errors.push(errorLine(file, id, `places[${i}]`, `unknown place id "${place}"`));
			}
		});
		if (typeof record.article !== 'string') return errors;
		const article = context.articleTexts.get(record.article);
		if (!article) {
			errors.push(errorLine(file, id, 'article', `unknown story id "${record.article}"`));
		} else if (typeof record.quote === 'string' && article.text !== undefined) {
			if (!normaliseQuote(article.text).includes(normaliseQuote(record.quote))) {
				errors.push(errorLine(file, id, 'quote', `not found verbatim in ${article.path}`));
			}
		}
		return errors;
	});
}

/** Each article's `text` file exists. */
export function checkArticleTexts(
	file: string,
	articles: unknown,
	files: Readonly<Record<string, string>>
): string[] {
	return objects(articles).flatMap(({ record, index }) =>
		typeof record.text === 'string' && !(record.text in files)
			? [errorLine(file, recordId(record, index), 'text', `file not found "${record.text}"`)]
			: []
	);
}

/**
 * Every file (except `exempt`) is listed by at least one source, and every listed file exists.
 * Attribution and licence are required by the source schema itself.
 */
export function checkCoverage(
	file: string,
	sources: unknown,
	files: readonly string[],
	exempt: readonly string[]
): string[] {
	const covered = new Set<string>();
	const errors: string[] = [];
	for (const { record, index } of objects(sources)) {
		const listed = Array.isArray(record.files) ? record.files : [];
		listed.forEach((path: unknown, i) => {
			if (typeof path !== 'string') return;
			covered.add(path);
			if (!files.includes(path)) {
				errors.push(
					errorLine(file, recordId(record, index), `files[${i}]`, `no such file "${path}"`)
				);
			}
		});
	}
	for (const path of files) {
		if (!covered.has(path) && !exempt.includes(path)) {
			errors.push(errorLine(path, FILE, 'source', `not covered by any source in ${file}`));
		}
	}
	return errors;
}
