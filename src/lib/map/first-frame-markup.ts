/**
 * The first frame's markup as the prerendered page holds it: the default frame's `<img>` with
 * every frame's source and placement in `data-frames`, then the inline picker that shows the frame
 * of the URL's view (first-frame-picker.js, allowed by its hash in the CSP).
 */
import { frameStyle } from './first-frame';
import picker from './first-frame-picker.js?raw';
import { firstFrames } from './first-frame-views';

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** @param alt the picture's text alternative, in the page's language */
export function firstFrameMarkup(alt: string): string {
	const choices = Object.fromEntries(
		Object.entries(firstFrames()).map(([id, frame]) => [
			id,
			{ src: frame.src, extent: frame.extent, style: frameStyle(frame) }
		])
	);
	const image =
		`<img class="first-frame-image" src="${attribute(choices.default!.src)}" alt="${attribute(alt)}"` +
		` style="${attribute(choices.default!.style)}" data-frames="${attribute(JSON.stringify(choices))}">`;
	return `${image}<script>${picker}</script>`;
}
