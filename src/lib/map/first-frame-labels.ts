/**
 * Labels placed as MapLibre places symbols, so that no two names sit over each other: each label at
 * the first of its anchors (`text-variable-anchor`) where its box meets no label placed before, or
 * left out. first-frame-svg.ts lays out the link card's labels with it, the style's symbol layers
 * from the top down, each label as wide as MapLibre shapes it from the same glyphs (glyph-advances.ts).
 */

/** Where the text sits against its point: `left` means the text starts right of it. */
export type Anchor = 'center' | 'left' | 'right' | 'top' | 'bottom';

/** A box in px: left, top, right, bottom. */
export type Box = [number, number, number, number];

/** What a label needs to be placed: its point in px, its text's size and the anchors to try. */
export interface LabelCandidate {
	x: number;
	y: number;
	/** Font size, px. */
	size: number;
	/** Text width, px, as MapLibre shapes it (glyph-advances.ts). */
	width: number;
	/** In order of preference; `['center']` for a label without variable anchors. */
	anchors: readonly Anchor[];
	/** `text-radial-offset`, in ems: the gap between the point and an anchored label. */
	offsetEm: number;
}

/** MapLibre's default `text-padding`, px: two labels keep at least this much apart. */
const PADDING = 2;
/** A line of text is this many font sizes tall (MapLibre's default `text-line-height`). */
const LINE_HEIGHT = 1.2;
/** The label's box for one anchor. */
export function boxAt(label: LabelCandidate, anchor: Anchor): Box {
	const { x, y, size, width } = label;
	const height = size * LINE_HEIGHT;
	const gap = label.offsetEm * size;
	const left = { left: x + gap, right: x - gap - width }[anchor as 'left'] ?? x - width / 2;
	const top = { top: y + gap, bottom: y - gap - height }[anchor as 'top'] ?? y - height / 2;
	return [left, top, left + width, top + height];
}

function overlaps(a: Box, b: Box): boolean {
	return (
		a[0] < b[2] + PADDING && b[0] < a[2] + PADDING && a[1] < b[3] + PADDING && b[1] < a[3] + PADDING
	);
}

/** Where a label went: its anchor and its box. */
export interface PlacedLabel {
	anchor: Anchor;
	box: Box;
}

/** Places labels one by one, each clear of those placed before it. */
export class LabelPlacer {
	readonly #placed: Box[] = [];

	/** The first of the label's anchors where it fits, now taken; null when it fits at none. */
	place(label: LabelCandidate): PlacedLabel | null {
		for (const anchor of label.anchors) {
			const box = boxAt(label, anchor);
			if (this.#placed.some((placed) => overlaps(placed, box))) continue;
			this.#placed.push(box);
			return { anchor, box };
		}
		return null;
	}
}

/**
 * SVG text attributes for a placed label: its x and text-anchor by side, and a baseline that
 * centres the text's capitals in its box.
 */
export function textPosition(anchor: Anchor, box: Box, size: number): string {
	const baseline = (box[1] + box[3]) / 2 + size * 0.35;
	const [x, side] =
		anchor === 'left'
			? [box[0], 'start']
			: anchor === 'right'
				? [box[2], 'end']
				: [(box[0] + box[2]) / 2, 'middle'];
	return `x="${x.toFixed(1)}" y="${baseline.toFixed(1)}" text-anchor="${side}"`;
}
