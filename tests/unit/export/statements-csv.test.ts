import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, type Catalog } from '$lib/data/catalog';
import type { Statement } from '$lib/data/schema/statements';
import {
	BOM,
	CSV_COLUMNS,
	csvCreditsText,
	csvField,
	statementsCsv
} from '$lib/export/statements-csv';

/** An independent RFC 4180 reader: records of fields, quotes undone, CRLF or LF line ends. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			record.push(field);
			field = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			// The LF ends the record on the next turn.
		} else if (char === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
		} else field += char;
	}
	if (field !== '' || record.length > 0) records.push([...record, field]);
	return records;
}

/** The data rows: every record after the header (the file ends with a line break). */
function dataRows(text: string): Record<string, string>[] {
	return parseCsv(text.slice(BOM.length))
		.slice(1)
		.map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]!])));
}

const TRICKY: Statement = {
	id: 'tricky-quote',
	article: 'bi-2024-07-zelenskyy-kharkiv',
	quote: 'He said "no", then\r\nleft',
	wording: 'speaker',
	speaker: {
		name: '=HYPERLINK("http://evil.example","click")',
		name_uk: '=HYPERLINK("http://evil.example","click")',
		role: '+1 role, "quoted"',
		role_uk: '+1 role, "quoted"'
	},
	said_on: { from: '2024-06-01', to: '2024-06-10' },
	via: '@via\nline',
	kind: 'report',
	places: ['pokrovsk', 'kharkiv-oblast']
};
const withTricky: Catalog = { ...catalog, statements: [...catalog.statements, TRICKY] };

describe('csvField', () => {
	// Plain text must stay readable: no quotes where RFC 4180 needs none.
	it('leaves a plain field as it is', () => {
		expect(csvField('Pokrovsk')).toBe('Pokrovsk');
		expect(csvField('Покровськ')).toBe('Покровськ');
		expect(csvField('')).toBe('');
	});

	// RFC 4180 §2.6–2.7: commas, quotes and line breaks need quoting, and quotes are doubled.
	it('quotes fields with a comma, a quote, CR or LF and doubles the quotes', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('line\nbreak')).toBe('"line\nbreak"');
		expect(csvField('line\rbreak')).toBe('"line\rbreak"');
		expect(csvField('"')).toBe('""""');
	});

	// A cell starting with a formula character runs as a formula in Excel (OWASP CSV injection).
	it('prefixes a quote to fields starting with =, +, -, @ or a tab', () => {
		expect(csvField('=1+1')).toBe("'=1+1");
		expect(csvField('+7')).toBe("'+7");
		expect(csvField('-2')).toBe("'-2");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\tx')).toBe("'\tx");
		expect(csvField('=A1,"x"')).toBe('"\'=A1,""x"""');
		expect(csvField('a=b')).toBe('a=b');
	});
});

describe('statementsCsv', () => {
	const text = statementsCsv(catalog);

	// Excel only reads UTF-8 (the Ukrainian names) when the file starts with a BOM.
	it('starts with a UTF-8 BOM and the header row', () => {
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.slice(1).split('\r\n')[0]).toBe(
			'statement_id,place_id,place_name_en,place_name_uk,quote,wording,speaker,role,said_on,said_on_note,via,kind,article_title,outlet'
		);
	});

	// RFC 4180 §2.1: every record ends with CRLF; a bare LF only ever appears inside a quoted field.
	it('ends every line with CRLF', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	// A spreadsheet of the article must not lose a statement or a place it is about.
	it('has one row per statement and place, for every statement', () => {
		const rows = dataRows(text);
		const expected = catalog.statements.flatMap((s) => s.places.map((p) => `${s.id}|${p}`));
		expect(rows.map((r) => `${r.statement_id}|${r.place_id}`)).toEqual(expected);
		const source = JSON.parse(
			readFileSync(join(import.meta.dirname, '../../../geodata/statements.json'), 'utf8')
		) as Statement[];
		expect(new Set(rows.map((r) => r.statement_id))).toEqual(new Set(source.map((s) => s.id)));
	});

	// The quote is the point of the file: it must come back verbatim, with its names in both languages.
	it('round-trips a known row', () => {
		const row = dataRows(text).find(
			(r) => r.statement_id === 'zelenskyy-main-objective-shifted' && r.place_id === 'pokrovsk'
		);
		expect(row).toEqual({
			statement_id: 'zelenskyy-main-objective-shifted',
			place_id: 'pokrovsk',
			place_name_en: 'Pokrovsk',
			place_name_uk: 'Покровськ',
			quote:
				'The main objective today, after their failure to capture Kharkiv, which we understand is no longer feasible, has shifted',
			wording: 'speaker',
			speaker: 'Volodymyr Zelenskyy',
			role: 'President of Ukraine',
			said_on: '2024-07-31',
			said_on_note: expect.stringMatching(
				/^The article says “on Wednesday”: Wednesday 31 July 2024/
			),
			via: 'translation by Ukrainian outlet Pravda',
			kind: 'claim',
			article_title:
				"Zelenskyy says Russia is giving up on Kharkiv, months after Moscow tried to blow open the war's northeastern front",
			outlet: 'Business Insider'
		});
	});

	// Date ranges ("early June") must stay ranges, in ISO 8601 interval form.
	it('writes a date range as an ISO interval', () => {
		const row = dataRows(text).find((r) => r.statement_id === 'bi-may-push-ended');
		expect(row?.said_on).toBe('2024-07-31/2024-08-01');
	});

	// Quotes, commas and line breaks in the data must not shift columns or split rows.
	it('survives quotes, commas, line breaks and formula characters in the data', () => {
		const rows = dataRows(statementsCsv(withTricky)).filter((r) => r.statement_id === TRICKY.id);
		expect(rows.map((r) => r.place_id)).toEqual(['pokrovsk', 'kharkiv-oblast']);
		expect(rows[0]).toMatchObject({
			quote: 'He said "no", then\r\nleft',
			speaker: '\'=HYPERLINK("http://evil.example","click")',
			role: '\'+1 role, "quoted"',
			via: "'@via\nline",
			said_on: '2024-06-01/2024-06-10'
		});
		expect(statementsCsv(withTricky)).toContain('"He said ""no"", then\r\nleft"');
	});

	// "# Sources" lines after the rows imported as data rows: every record must be a statement row.
	it('holds only the header and statement rows, every one with all the columns', () => {
		const records = parseCsv(text.slice(BOM.length)).filter(
			(r) => !(r.length === 1 && r[0] === '')
		);
		expect(records[0]).toEqual([...CSV_COLUMNS]);
		expect(records.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
		expect(text).not.toContain('# Sources');
	});

	// Licences require the credits to travel with the data: in their own file beside the CSV.
	it('puts the credits of every source and the article in the companion text file', () => {
		const lines = csvCreditsText(catalog, 'statements.csv').split('\r\n');
		expect(lines[0]).toBe('Sources for statements.csv');
		for (const source of catalog.sources) {
			expect(lines.some((l) => l.includes(source.attribution) && l.includes(source.licence))).toBe(
				true
			);
		}
		for (const article of catalog.articles.values()) {
			expect(lines.some((l) => l.includes(article.title) && l.includes(article.outlet))).toBe(true);
		}
	});
});
