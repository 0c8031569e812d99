import { describe, expect, it } from 'vitest';
import { MEDIUM_FONT } from '$lib/map/basemap-style';
import { LabelPlacer, boxAt, type Box } from '$lib/map/first-frame-labels';
import { labelWidth } from '$lib/map/glyph-advances';
import { linkCardSvg } from '$lib/map/link-card';

/** The font of every place label (MEDIUM_FONT's only stack). */
const FONT = MEDIUM_FONT[0]!;

/** Each label's box in a frame's SVG, from its position, side, size and text. */
function labelBoxes(svg: string): { text: string; box: Box }[] {
	const labels = svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g);
	return [...labels].map(([, attributes, text]) => {
		const number = (name: string) =>
			Number(new RegExp(`${name}="([^"]*)"`).exec(attributes!)?.[1] ?? 0);
		const side = /text-anchor="(\w+)"/.exec(attributes!)?.[1];
		const size = number('font-size');
		const width = labelWidth(FONT, text!, size, number('letter-spacing'));
		const left =
			side === 'start'
				? number('x')
				: side === 'end'
					? number('x') - width
					: number('x') - width / 2;
		const top = number('y') - size * 0.35 - (size * 1.2) / 2;
		return { text: text!, box: [left, top, left + width, top + size * 1.2] };
	});
}

const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('the link card’s labels', () => {
	// "Myrnohrad" was drawn over "Pokrovsk" and "Chasiv Yar" over "Kostiantynivka" in the shared
	// preview: MapLibre moves or leaves out a colliding label, and so does the card.
	it('sets no two names over each other', () => {
		const labels = labelBoxes(linkCardSvg());
		expect(labels.length).toBeGreaterThan(10);
		for (const [i, a] of labels.entries()) {
			for (const b of labels.slice(i + 1)) {
				expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
			}
		}
	});

	it('keeps the names of the article’s places', () => {
		const names = labelBoxes(linkCardSvg()).map((label) => label.text);
		expect(names).toEqual(
			expect.arrayContaining(['Kharkiv', 'Pokrovsk', 'Belgorod', 'Sloviansk', 'Kostiantynivka'])
		);
	});
});

describe('LabelPlacer', () => {
	const label = { x: 100, y: 100, size: 10, width: 50, offsetEm: 1 };

	it('takes the first anchor that is free, then the next one', () => {
		const placer = new LabelPlacer();
		const anchors = ['left', 'right', 'top', 'bottom'] as const;
		expect(placer.place({ ...label, anchors })?.anchor).toBe('left');
		expect(placer.place({ ...label, anchors })?.anchor).toBe('right');
		expect(placer.place({ ...label, anchors })?.anchor).toBe('top');
		expect(placer.place({ ...label, anchors })?.anchor).toBe('bottom');
		expect(placer.place({ ...label, anchors })).toBeNull();
	});

	it('puts an anchored label its offset away from the point, on its side', () => {
		expect(boxAt({ ...label, anchors: ['left'] }, 'left')).toEqual([110, 94, 160, 106]);
		expect(boxAt({ ...label, anchors: ['right'] }, 'right')).toEqual([40, 94, 90, 106]);
		expect(boxAt({ ...label, anchors: ['center'] }, 'center')).toEqual([75, 94, 125, 106]);
	});
});

describe('labelWidth', () => {
	const font = FONT;

	it('adds up the glyphs’ advances, scaled from the 24 px they are cut at', () => {
		const i = labelWidth(font, 'i', 24, 0);
		expect(i).toBeGreaterThan(0);
		expect(labelWidth(font, 'iii', 24, 0)).toBeCloseTo(3 * i);
		expect(labelWidth(font, 'W', 24, 0)).toBeGreaterThan(2 * i);
		expect(labelWidth(font, 'Pokrovsk', 12, 0)).toBeCloseTo(
			labelWidth(font, 'Pokrovsk', 24, 0) / 2
		);
	});

	it('puts the letter spacing between letters, not after the last', () => {
		const plain = labelWidth(font, 'Kharkiv', 16, 0);
		expect(labelWidth(font, 'Kharkiv', 16, 2)).toBeCloseTo(plain + 6 * 2);
	});

	it('reads Cyrillic from its own glyph file', () => {
		expect(labelWidth(font, 'Покровськ', 16, 0)).toBeGreaterThan(labelWidth(font, 'Покров', 16, 0));
	});

	it('fails for letters the site has no glyphs for', () => {
		expect(() => labelWidth(font, '中', 16, 0)).toThrow(/8192|19968|ENOENT/);
	});
});
