/**
 * The story's files as one download: the content-model files of `geodata/` with the story added
 * (copied over `geodata/` as they are); the places it adds carry their points in `places.json`.
 */
import { strToU8, zipSync } from 'fflate';
import type { StudioDraft } from './model';
import { recordsOf, textPath, type ContentModel } from './records';

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

/** Path (relative to `geodata/`) → text of every content-model file the story changes or adds. */
export function geodataFiles(draft: StudioDraft, model: ContentModel): Record<string, string> {
	const { story, statements, places, sources } = recordsOf(draft, model);
	const id = story.id;
	return {
		'stories.json': json([...model.stories.filter((s) => s.id !== id), story]),
		'statements.json': json([...model.statements.filter((s) => s.article !== id), ...statements]),
		'places.json': json([...model.places, ...places]),
		'sources.json': json(sources),
		[textPath(id)]: draft.text.endsWith('\n') ? draft.text : `${draft.text}\n`
	};
}

/** The bundle: `geodata/<file>` for each content-model file. */
export function bundleZip(draft: StudioDraft, model: ContentModel): Uint8Array {
	const entries: Record<string, Uint8Array> = {};
	for (const [path, text] of Object.entries(geodataFiles(draft, model)))
		entries[`geodata/${path}`] = strToU8(text);
	return zipSync(entries, { level: 6 });
}
