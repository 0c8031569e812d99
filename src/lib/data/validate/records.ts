import * as v from 'valibot';
import { errorLine, FILE, isObject, issueField, issueProblem, recordId } from './format';

/** Checks a parsed JSON array of records against `schema`, one line per valibot issue. */
export function checkRecords(file: string, json: unknown, schema: v.GenericSchema): string[] {
	if (!Array.isArray(json)) return [errorLine(file, FILE, '-', 'expected an array')];
	return json.flatMap((record, index) => {
		const result = v.safeParse(schema, record);
		if (result.success) return [];
		const id = recordId(record, index);
		return result.issues.map((issue) =>
			errorLine(file, id, issueField(issue), issueProblem(issue))
		);
	});
}

/** Records of a parsed array that are objects, with their index; anything else is skipped. */
export function objects(json: unknown): { record: Record<string, unknown>; index: number }[] {
	if (!Array.isArray(json)) return [];
	return json.flatMap((record: unknown, index) => (isObject(record) ? [{ record, index }] : []));
}

/** The string-valued `key` of each object record. */
export function stringsOf(json: unknown, key: string): string[] {
	return objects(json).flatMap(({ record }) =>
		typeof record[key] === 'string' ? [record[key]] : []
	);
}
