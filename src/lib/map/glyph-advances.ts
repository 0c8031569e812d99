/**
 * How wide MapLibre lays out a label, from the same glyph PBFs it draws with (`static/fonts/`), for
 * the first frames, which are written at build time: a frame places its labels where MapLibre will
 * (first-frame-labels.ts) only if it measures them as MapLibre does. Build time only (reads files).
 * The glyph format: https://github.com/mapbox/node-fontnik/blob/master/proto/glyphs.proto
 */
import { readFileSync } from 'node:fs';
import { PbfReader } from 'pbf';

/** MapLibre's glyphs are cut at 24 px (its ONE_EM); a label's size scales their advances. */
const GLYPH_SIZE = 24;
/** Where the site's glyph PBFs are, relative to the project (the build runs there). */
const FONTS_DIR = 'static/fonts';

/** Advance (px at {@link GLYPH_SIZE}) by code point, per `fontstack/range` file read. */
const files = new Map<string, Map<number, number>>();

function readGlyph(tag: number, glyph: { id: number; advance: number }, pbf: PbfReader): void {
	if (tag === 1) glyph.id = pbf.readVarint();
	else if (tag === 7) glyph.advance = pbf.readVarint();
}

function readFontstack(tag: number, advances: Map<number, number>, pbf: PbfReader): void {
	if (tag !== 3) return;
	const glyph = pbf.readMessage(readGlyph, { id: -1, advance: 0 });
	advances.set(glyph.id, glyph.advance);
}

/** The advances in one glyph file: `static/fonts/<fontstack>/<start>-<end>.pbf`. */
function advancesIn(fontstack: string, codePoint: number): Map<number, number> {
	const start = Math.floor(codePoint / 256) * 256;
	const file = `${FONTS_DIR}/${fontstack}/${start}-${start + 255}.pbf`;
	let advances = files.get(file);
	if (!advances) {
		const found = new Map<number, number>();
		new PbfReader(readFileSync(file)).readFields((tag, into, pbf) => {
			if (tag === 1) pbf.readMessage(readFontstack, into);
		}, found);
		advances = found;
		files.set(file, advances);
	}
	return advances;
}

/**
 * The width of `text` in px at `size` px, with `spacing` px between letters, as MapLibre shapes a
 * one-line label: the glyphs' advances, and the spacing after every letter but the last.
 * @throws when the fontstack has no glyph file for one of the letters
 */
export function labelWidth(fontstack: string, text: string, size: number, spacing: number): number {
	const letters = [...text];
	const advance = letters.reduce((sum, letter) => {
		const codePoint = letter.codePointAt(0)!;
		return sum + (advancesIn(fontstack, codePoint).get(codePoint) ?? 0);
	}, 0);
	return (advance * size) / GLYPH_SIZE + spacing * Math.max(0, letters.length - 1);
}
