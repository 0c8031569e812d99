/**
 * Which first frames the site ships and what each shows: the default view, the compare view and
 * each place's framed view, as the map opens on them (framing.ts), each with the extent its image
 * covers around the view's centre.
 */
import { base } from '$app/paths';
import { catalog } from '$lib/data/catalog';
import type { Lang } from '$lib/state/i18n';
import type { Theme } from '$lib/state/url-state';
import { BOTH_AXES } from './explorer-map-settings';
import type { FirstFrame, FramedView } from './first-frame';
import { worldX, worldY } from './first-frame';
import { DEFAULT_PADDING, PLACE_ZOOM, SELECTION_PADDING, selectionBounds } from './framing';

/** A typical map area on a wide screen: each frame is drawn at the zoom its view has there. */
const REFERENCE_AREA = { width: 880, height: 560 };
/** How far an image reaches from its view's centre, in px at that zoom: room for wider areas. */
const REACH = { x: 960, y: 600 };

const DEFAULT_VIEW: FramedView & { kind: 'fit' } = {
	kind: 'fit',
	bounds: [BOTH_AXES[0][0], BOTH_AXES[0][1], BOTH_AXES[1][0], BOTH_AXES[1][1]],
	padding: DEFAULT_PADDING
};

function fittedView(bounds: [number, number, number, number]): FramedView {
	const [west, south, east, north] = bounds;
	if (west === east && south === north) {
		return { kind: 'point', center: [west, south], zoom: PLACE_ZOOM, atLeast: DEFAULT_VIEW };
	}
	return { kind: 'fit', bounds, padding: SELECTION_PADDING };
}

/**
 * At most this many places and regions get a frame of their own, the article's first: each is an
 * image in the build and a row in every page's frame table. A page opened on another place shows
 * no frame (first-frame-picker.js).
 */
const MAX_PLACE_FRAMES = 40;

/** Every frame's view by id: `default`, `compare`, and each framed place's and region's id. */
export function frameViews(): Map<string, FramedView> {
	const views = new Map<string, FramedView>([
		['default', DEFAULT_VIEW],
		['compare', fittedView(selectionBounds(null, 'compare')!)]
	]);
	const framed = [...catalog.entities]
		.sort((a, b) => Number(b.role === 'article') - Number(a.role === 'article'))
		.slice(0, MAX_PLACE_FRAMES);
	for (const entity of framed) views.set(entity.id, fittedView(entity.bbox));
	return views;
}

/** The zoom a view has in the reference map area. */
export function referenceZoom(view: FramedView): number {
	if (view.kind === 'point') return Math.max(view.zoom, referenceZoom(view.atLeast));
	const [west, south, east, north] = view.bounds;
	const across = (REFERENCE_AREA.width - 2 * view.padding) / (worldX(east) - worldX(west));
	const down = (REFERENCE_AREA.height - 2 * view.padding) / (worldY(south) - worldY(north));
	return Math.log2(Math.min(across, down));
}

/** A frame's extent in world px at zoom 0: {@link REACH} around its view's centre. */
export function frameExtent(view: FramedView): [number, number, number, number] {
	const scale = 2 ** referenceZoom(view);
	const [x, y] =
		view.kind === 'point'
			? [worldX(view.center[0]), worldY(view.center[1])]
			: [
					(worldX(view.bounds[0]) + worldX(view.bounds[2])) / 2,
					(worldY(view.bounds[1]) + worldY(view.bounds[3])) / 2
				];
	return [x - REACH.x / scale, y - REACH.y / scale, (2 * REACH.x) / scale, (2 * REACH.y) / scale];
}

/** The URL of a frame's image, prerendered by routes/frames/[frame].svg, in English and the light theme. */
function frameUrl(id: string): string {
	return `${base}/frames/${id}.svg`;
}

/**
 * Each frame is drawn in each language and colour scheme the map has: `<id>.svg`, `<id>.dark.svg`,
 * `<id>.uk.svg`, `<id>.uk.dark.svg` (the picker, first-frame-picker.js, builds the same names).
 */
const VARIANTS: { lang: Lang; theme: Theme; suffix: string }[] = [
	{ lang: 'en', theme: 'light', suffix: '' },
	{ lang: 'en', theme: 'dark', suffix: '.dark' },
	{ lang: 'uk', theme: 'light', suffix: '.uk' },
	{ lang: 'uk', theme: 'dark', suffix: '.uk.dark' }
];

/** Every frame image's name without `.svg`: each frame in each variant. */
export function frameFileNames(): string[] {
	return [...frameViews().keys()].flatMap((id) => VARIANTS.map(({ suffix }) => id + suffix));
}

/**
 * The frame, language and theme of a frame image's name (without `.svg`), or null if the site has none.
 * @example frameFile('pokrovsk.uk.dark') // { id: 'pokrovsk', lang: 'uk', theme: 'dark' }
 */
export function frameFile(name: string): { id: string; lang: Lang; theme: Theme } | null {
	const dot = name.indexOf('.');
	const id = dot < 0 ? name : name.slice(0, dot);
	const variant = VARIANTS.find(({ suffix }) => suffix === name.slice(id.length));
	return variant && frameViews().has(id) ? { id, lang: variant.lang, theme: variant.theme } : null;
}

/** Every frame as the page picks among them, by id. */
export function firstFrames(): Record<string, FirstFrame> {
	const frames: Record<string, FirstFrame> = {};
	for (const [id, view] of frameViews()) {
		frames[id] = { src: frameUrl(id), extent: frameExtent(view), view };
	}
	return frames;
}

/** The link-preview card's size in px: the 1.91:1 card that Facebook, X, LinkedIn and Slack show. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The URL of the link-preview card (a PNG of the default frame, routes/og-image.png): absolute
 * when the site's origin is known at build time (`VITE_SITE_ORIGIN`), as link previews want it,
 * else relative to the site.
 * @param origin like `https://example.org`; empty or undefined when unknown
 * @example cardUrl('https://example.org') // 'https://example.org/og-image.png' (base '')
 */
export function cardUrl(origin: string | undefined): string {
	const path = `${base}/og-image.png`;
	return origin ? new URL(path, origin).href : path;
}
