/**
 * Where derived files live in `geodata/`. Its own module, so the reader's pages can import it
 * without the valibot schemas of `schema/` joining their bundle.
 */

/** Where a story's gains (from `gains_since` to the front at publication) are derived to. */
export function gainsFile(storyId: string): string {
	return `gains/${storyId}.geojson`;
}
