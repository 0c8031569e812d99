/**
 * The first frame's markup as the prerendered page holds it: an `<img>` with every frame's source
 * and placement in `data-frames` but no `src`, then the inline picker that gives it the frame of the
 * URL's view (first-frame-picker.js, allowed by its hash in the CSP). A `src` in the HTML would be
 * fetched by the browser's preload scanner before the picker runs: a page opened on a place would
 * download the default frame it never shows. Without JavaScript the `<noscript>` default frame shows.
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
	const image = (more: string) =>
		`<img class="first-frame-image" alt="${attribute(alt)}" style="${attribute(choices.default!.style)}" ${more}>`;
	const fallback = `<noscript>${image(`src="${attribute(choices.default!.src)}"`)}</noscript>`;
	const picked = image(`data-frames="${attribute(JSON.stringify(choices))}"`);
	return `${fallback}${picked}<script>${picker}</script>`;
}
