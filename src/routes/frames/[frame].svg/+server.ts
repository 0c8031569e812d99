import { frameDrawing } from '$lib/map/first-frame-drawing';
import { frameSvg } from '$lib/map/first-frame-svg';
import { frameFile, frameFileNames } from '$lib/map/first-frame-views';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

// Each first frame is an SVG file written at build time (src/lib/map/first-frame.ts), one per
// language and colour scheme.
export const prerender = true;

export const entries: EntryGenerator = () => frameFileNames().map((frame) => ({ frame }));

export const GET: RequestHandler = ({ params }) => {
	const file = frameFile(params.frame);
	if (!file) error(404, `No first frame "${params.frame}"`);
	return new Response(frameSvg(frameDrawing(file.id, file.theme, file.lang)), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
