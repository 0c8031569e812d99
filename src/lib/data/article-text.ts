/**
 * The stories' texts, each its own small chunk: only the article reader needs them, so the first
 * view does not download them.
 */
const texts = import.meta.glob<string>('$geodata/articles/*.txt', {
	query: '?raw',
	import: 'default'
});

/** The text of the story file `path` (relative to geodata/, as in `stories.json`). */
export async function articleText(path: string): Promise<string> {
	const key = Object.keys(texts).find((k) => k.endsWith(`/${path}`));
	if (!key) throw new Error(`geodata/${path}: no such article text`);
	return texts[key]!();
}
