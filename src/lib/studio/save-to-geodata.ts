/** "Save to geodata/" under `npm run dev`: posts the story's files to the dev server's endpoint. */
import { geodataFiles } from './bundle';
import { contentModel } from './content';
import type { StudioDraft } from './model';

/** Must match SAVE_PATH in scripts/vite/studio-plugin.ts. */
const SAVE_PATH = '/__studio/save';

/**
 * Saves the story, asking `confirm` before overwriting a story of the same id.
 * @returns the server's one-line answer
 */
export async function saveToGeodata(
	draft: StudioDraft,
	confirm: (question: string) => boolean
): Promise<string> {
	const files = geodataFiles(draft, contentModel);
	const send = (overwrite: boolean) =>
		fetch(SAVE_PATH, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ files, overwrite })
		});
	let response = await send(false);
	let text = await response.text();
	if (response.status === 409 && text.endsWith('confirm to overwrite it') && confirm(`${text}?`)) {
		response = await send(true);
		text = await response.text();
	}
	return response.ok ? text : `Not saved (${response.status}): ${text}`;
}
