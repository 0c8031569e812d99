/** Finds the passages in double quotation marks, straight or curly. Offsets are `[start, end)`. */

export interface QuotedPassage {
	/** The words, without the marks and without a trailing comma. */
	span: [number, number];
	/** The marks included. */
	outer: [number, number];
}

export interface QuoteScan {
	passages: QuotedPassage[];
	warnings: string[];
}

const OPEN = new Set(['“', '"', '«', '„']);
const CLOSE = new Set(['”', '"', '»', '“']);

function paragraphEnd(text: string, from: number): number {
	const end = text.indexOf('\n\n', from);
	return end === -1 ? text.length : end;
}

function trimmedSpan(text: string, start: number, end: number): [number, number] {
	let s = start;
	let e = end;
	while (s < e && /\s/.test(text[s] ?? '')) s++;
	while (e > s && /[\s,]/.test(text[e - 1] ?? '')) e--;
	return [s, e];
}

/**
 * Scans for quoted passages. A curly or straight double mark opens, the next closing mark in the same
 * paragraph closes; single marks inside (nested quotes) stay part of the passage. A passage left open at
 * the end of a paragraph that the next paragraph reopens is a multi-paragraph quote and ends there; any
 * other unclosed mark is reported as a warning and skipped.
 */
export function findQuotedPassages(text: string): QuoteScan {
	const passages: QuotedPassage[] = [];
	const warnings: string[] = [];
	let i = 0;
	while (i < text.length) {
		const ch = text[i] ?? '';
		if (!OPEN.has(ch) || (ch === '“' && /\w/.test(text[i - 1] ?? ''))) {
			i++;
			continue;
		}
		const limit = paragraphEnd(text, i);
		let close = -1;
		for (let j = i + 1; j < limit; j++) {
			const c = text[j] ?? '';
			if (CLOSE.has(c) && !(c === '“' && ch !== '„')) {
				close = j;
				break;
			}
		}
		if (close === -1) {
			const next = text.slice(limit).replace(/^\s+/, '')[0] ?? '';
			if (OPEN.has(next) && limit < text.length) {
				passages.push({ span: trimmedSpan(text, i + 1, limit), outer: [i, limit] });
			} else {
				const line = text.slice(0, i).split('\n').length;
				warnings.push(`unbalanced quotation mark on line ${line}`);
			}
			i = limit;
			continue;
		}
		const span = trimmedSpan(text, i + 1, close);
		if (span[1] > span[0]) passages.push({ span, outer: [i, close + 1] });
		i = close + 1;
	}
	return { passages, warnings };
}
