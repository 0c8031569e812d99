import type * as v from 'valibot';

/** Id used in messages for problems that concern a whole file. */
export const FILE = '(file)';

/**
 * One validation error, one line: `<file>: <feature or record id>: <field>: <problem>`. Line breaks
 * in any part (an id or a value quoted from the data) are written as `\n`, so one error stays
 * one line.
 * @example errorLine('places.geojson', 'kharkiv', 'properties.name_uk', 'missing required property')
 */
export function errorLine(file: string, id: string, field: string, problem: string): string {
	return [file, id, field, problem].map(oneLine).join(': ');
}

const LINE_BREAKS: Record<string, string> = {
	'\n': '\\n',
	'\r': '\\r',
	'\u2028': '\\u2028',
	'\u2029': '\\u2029'
};

function oneLine(text: string): string {
	return text.replace(/[\n\r\u2028\u2029]/g, (c) => LINE_BREAKS[c]!);
}

/** The id of a feature or record for messages: its `id` (or `properties.id`), else `#<index>`. */
export function recordId(value: unknown, index: number): string {
	if (isObject(value)) {
		if (typeof value.id === 'string' && value.id) return value.id;
		if (isObject(value.properties)) return recordId(value.properties, index);
	}
	return `#${index}`;
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a.b[2].c` for a valibot issue path, prefixed with `prefix`. */
export function issueField(issue: v.BaseIssue<unknown>, prefix = ''): string {
	let field = prefix;
	for (const item of issue.path ?? []) {
		const key = item.key;
		if (typeof key === 'number') field += `[${key}]`;
		else field += field ? `.${String(key)}` : String(key);
	}
	return field || '-';
}

/** A short problem text for a valibot issue. */
export function issueProblem(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.expected === 'never') return 'unexpected property';
	if (issue.kind === 'schema' && issue.received === 'undefined' && issue.path?.length) {
		const last = issue.path[issue.path.length - 1];
		if (last && last.type === 'object' && !(String(last.key) in asRecord(last.input))) {
			return 'missing required property';
		}
	}
	return issue.message;
}

function asRecord(value: unknown): Record<string, unknown> {
	return isObject(value) ? value : {};
}
