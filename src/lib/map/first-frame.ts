/**
 * The first frame: a static picture of the map's opening view, drawn at build time
 * (scripts/vite/first-frame-svg.ts) and shown in the prerendered page until MapLibre has drawn the
 * same view. Its geometry is in MapLibre's own Web Mercator world (512 px wide at zoom 0), and CSS
 * places it where MapLibre's camera puts the same points, so the hand-over does not move anything.
 */

/** MapLibre's world: 512 px wide at zoom 0 (its tile size). */
const WORLD_SIZE = 512;

/** Longitude in degrees → x in world px at zoom 0 (MapLibre's `mercatorXfromLng` × 512). */
export function worldX(lon: number): number {
	return ((180 + lon) / 360) * WORLD_SIZE;
}

/** Latitude in degrees → y in world px at zoom 0 (MapLibre's `mercatorYfromLat` × 512). */
export function worldY(lat: number): number {
	const radians = (lat * Math.PI) / 180;
	return (
		((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + radians / 2))) / 360) * WORLD_SIZE
	);
}

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** How a view is framed, as MapLibre frames it: bounds fitted inside a padding, or a point at a zoom. */
export type FramedView =
	| { kind: 'fit'; bounds: Bounds; padding: number }
	/** A point at `zoom`, or closer if `atLeast` fitted there would be closer (SelectionCamera). */
	| {
			kind: 'point';
			center: [number, number];
			zoom: number;
			atLeast: FramedView & { kind: 'fit' };
	  };

/** A frame as the page receives it: its image, its extent in world px at zoom 0, and its view. */
export interface FirstFrame {
	src: string;
	/** [x, y, width, height] of the image in world px at zoom 0. */
	extent: [number, number, number, number];
	view: FramedView;
}

/** The world px at zoom 0 of a view's centre. */
function viewCenter(view: FramedView): [number, number] {
	if (view.kind === 'point') return [worldX(view.center[0]), worldY(view.center[1])];
	const [west, south, east, north] = view.bounds;
	return [(worldX(west) + worldX(east)) / 2, (worldY(north) + worldY(south)) / 2];
}

/** The image's CSS width when a fit view is fitted into the map area (a container of size). */
function fitWidth(view: FramedView & { kind: 'fit' }, imageWidth: number): string {
	const [west, south, east, north] = view.bounds;
	const across = imageWidth / (worldX(east) - worldX(west));
	const down = imageWidth / (worldY(south) - worldY(north));
	const inset = 2 * view.padding;
	return `min((100cqw - ${inset}px) * ${round(across)}, (100cqh - ${inset}px) * ${round(down)})`;
}

function round(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/**
 * The custom properties that place a frame's image in the map area (a CSS size container) where
 * MapLibre draws its view: `--frame-width`, and `--frame-x`/`--frame-y`, the fraction of the image
 * at the area's centre.
 * @param zoom a camera's zoom, for a frame shown at a camera of the URL instead of its own view
 * @param center that camera's centre, [lon, lat]
 */
export function frameStyle(frame: FirstFrame, camera?: { zoom: number; center: [number, number] }) {
	const [x, y, width, height] = frame.extent;
	const { view } = frame;
	const [cx, cy] = camera ? [worldX(camera.center[0]), worldY(camera.center[1])] : viewCenter(view);
	let css: string;
	if (camera) css = `${round(width * 2 ** camera.zoom)}px`;
	else if (view.kind === 'fit') css = fitWidth(view, width);
	else css = `max(${round(width * 2 ** view.zoom)}px, ${fitWidth(view.atLeast, width)})`;
	return `--frame-width: ${css}; --frame-x: ${round((cx - x) / width)}; --frame-y: ${round((cy - y) / height)}`;
}
