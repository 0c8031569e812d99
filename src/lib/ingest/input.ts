/** Checks that bytes are a usable article before the engine sees them. */

/** Larger inputs are refused: a news article is well under this. */
export const MAX_INPUT_BYTES = 1_000_000;

export type InputCheck = { ok: true; text: string } | { ok: false; error: string };

/** Decodes UTF-8 strictly and refuses empty, binary or oversized input with a one-line reason. */
export function decodeArticle(bytes: Uint8Array): InputCheck {
	if (bytes.length === 0) return { ok: false, error: 'the article is empty' };
	if (bytes.length > MAX_INPUT_BYTES) {
		return {
			ok: false,
			error: `the article is ${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES}`
		};
	}
	if (bytes.includes(0))
		return { ok: false, error: 'the article is binary data (it contains NUL bytes)' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, error: 'the article is not valid UTF-8' };
	}
	text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (text.trim() === '') return { ok: false, error: 'the article has no text' };
	return { ok: true, text };
}
