/**
 * The statements as CSV for spreadsheets: one row per statement and place, RFC 4180 quoting,
 * UTF-8 with a byte-order mark so Excel reads the Ukrainian names right. The credits go in a
 * companion text file, so they never import as data rows. Pure: no DOM, no Svelte.
 */
import type { Catalog } from '$lib/data/catalog';
import { withWords } from '$lib/data/statement-texts';
import type { DateOrRange } from '$lib/data/schema/primitives';
import { creditLines, creditsOf } from './credits';

/** U+FEFF: tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';
/** RFC 4180 §2.1: records end with CRLF. */
const EOL = '\r\n';

export const CSV_COLUMNS = [
	'statement_id',
	'place_id',
	'place_name_en',
	'place_name_uk',
	'quote',
	'wording',
	'speaker',
	'role',
	'said_on',
	'said_on_note',
	'via',
	'kind',
	'article_title',
	'outlet'
] as const;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"); tab and CR
 * are on OWASP's list too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: a leading formula character gets a `'` prefix, and a field with `"`, `,`, CR or LF
 * is quoted with its `"` doubled (RFC 4180 §2.5–2.7).
 *
 * @example csvField('He said "no", twice') // '"He said ""no"", twice"'
 * @example csvField('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvField(value: string): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A date as ISO 8601: `2024-07-24`, or an interval `2024-07-24/2024-07-30`. */
export function isoDateOrInterval(value: DateOrRange): string {
	return typeof value === 'string' ? value : `${value.from}/${value.to}`;
}

function row(fields: readonly string[]): string {
	return fields.map(csvField).join(',');
}

/**
 * Every statement of `catalog`, one row per statement × place it is about (columns
 * {@link CSV_COLUMNS}), oldest first. Nothing follows the rows: the credits are in
 * {@link csvCreditsText}.
 *
 * @param catalog The app's catalog (`$lib/data/catalog`).
 * @returns The file's text, starting with a BOM, CRLF line ends.
 */
export function statementsCsv(catalog: Catalog): string {
	const lines = [row(CSV_COLUMNS)];
	for (const statement of withWords(catalog.statements)) {
		const article = catalog.articles.get(statement.article);
		for (const placeId of statement.places) {
			const place = catalog.byId.get(placeId);
			lines.push(
				row([
					statement.id,
					placeId,
					place?.names.en ?? '',
					place?.names.uk ?? '',
					statement.quote,
					statement.wording,
					statement.speaker.name,
					statement.speaker.role,
					isoDateOrInterval(statement.said_on),
					statement.said_on_note ?? '',
					statement.via ?? '',
					statement.kind,
					article?.title ?? '',
					article?.outlet ?? ''
				])
			);
		}
	}
	return BOM + lines.join(EOL) + EOL;
}

/**
 * The credits that go with the CSV, as plain text: what the file is, then one line per credit.
 *
 * @param csvName The CSV's file name, named in the first line.
 * @example csvCreditsText(catalog, 'statements.csv') // 'Sources for statements.csv\r\n\r\nArticle: …'
 */
export function csvCreditsText(catalog: Catalog, csvName: string): string {
	const lines = creditLines(creditsOf(catalog));
	return [`Sources for ${csvName}`, '', ...lines].join(EOL) + EOL;
}
