import { frameDrawing } from '$lib/map/first-frame-drawing';
import { frameSvg } from '$lib/map/first-frame-svg';
import { frameViews } from '$lib/map/first-frame-views';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

// Each first frame is an SVG file written at build time (src/lib/map/first-frame.ts).
export const prerender = true;

export const entries: EntryGenerator = () => [...frameViews().keys()].map((frame) => ({ frame }));

export const GET: RequestHandler = ({ params }) => {
	if (!frameViews().has(params.frame)) error(404, `No first frame "${params.frame}"`);
	return new Response(frameSvg(frameDrawing(params.frame)), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
