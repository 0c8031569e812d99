import { describe, expect, it } from 'vitest';
import { frameDrawing } from '$lib/map/first-frame-drawing';
import { LabelPlacer, boxAt, textWidth, type Box } from '$lib/map/first-frame-labels';
import { frameSvg } from '$lib/map/first-frame-svg';

/** Each label's box in a frame's SVG, from its position, side, size and text. */
function labelBoxes(svg: string): { text: string; box: Box }[] {
	const labels = svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g);
	return [...labels].map(([, attributes, text]) => {
		const number = (name: string) =>
			Number(new RegExp(`${name}="([^"]*)"`).exec(attributes!)?.[1] ?? 0);
		const side = /text-anchor="(\w+)"/.exec(attributes!)?.[1];
		const size = number('font-size');
		const width = textWidth(text!, size, number('letter-spacing'));
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

describe('the first frame’s labels', () => {
	// "Myrnohrad" was drawn over "Pokrovsk": MapLibre leaves out or moves a colliding label.
	it.each([
		['default', 'en'],
		['default', 'uk'],
		['pokrovsk', 'en'],
		['kharkiv-oblast', 'uk']
	] as const)('sets no two names over each other in the %s frame (%s)', (frame, lang) => {
		const labels = labelBoxes(frameSvg(frameDrawing(frame, 'light', lang)));
		expect(labels.length).toBeGreaterThan(5);
		for (const [i, a] of labels.entries()) {
			for (const b of labels.slice(i + 1)) {
				expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
			}
		}
	});

	it('keeps the names of the article’s main places in the default frame', () => {
		const names = labelBoxes(frameSvg(frameDrawing('default'))).map((label) => label.text);
		expect(names).toEqual(expect.arrayContaining(['Kharkiv', 'Pokrovsk', 'Belgorod', 'Sloviansk']));
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
