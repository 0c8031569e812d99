/** Rectangles in the map's own pixel space (0,0 is the canvas's top left). */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Padding on every side in CSS px, as MapLibre's `fitBounds` takes it. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The share of each dimension that padding may take at most, so a small map still frames. */
const MAX_PADDING_SHARE = 0.6;

/**
 * The camera padding that keeps a framed view clear of whatever covers the map's edges: the zoom
 * buttons, the attribution, a bottom sheet. Each obstacle pushes the side it hugs (the nearest
 * edge) in by its depth plus `marginPx`. On a small map the padding of each axis is scaled down
 * to at most 60 % of it, so MapLibre can still fit the bounds.
 *
 * @param size The map canvas in CSS px.
 * @param obstacles Boxes over the map, in canvas px; those outside it are ignored.
 * @param marginPx Space kept around the framed view. Default 24.
 * @returns Padding in CSS px for `fitBounds`.
 * @example framePadding({ width: 600, height: 460 }, [{ left: 560, top: 0, right: 600, bottom: 70 }])
 * // { top: 24, right: 64, bottom: 24, left: 24 }
 */
export function framePadding(
	size: { width: number; height: number },
	obstacles: Box[],
	marginPx = 24
): Padding {
	const padding: Padding = { top: marginPx, right: marginPx, bottom: marginPx, left: marginPx };
	for (const box of obstacles) {
		const left = Math.max(0, box.left);
		const top = Math.max(0, box.top);
		const right = Math.min(size.width, box.right);
		const bottom = Math.min(size.height, box.bottom);
		if (right <= left || bottom <= top) continue;
		// How far the box reaches in from each edge; it hugs the edge it reaches least from.
		const depths = {
			top: bottom,
			bottom: size.height - top,
			left: right,
			right: size.width - left
		};
		const side = (Object.keys(depths) as (keyof typeof depths)[]).reduce((a, b) =>
			depths[b] < depths[a] ? b : a
		);
		padding[side] = Math.max(padding[side], depths[side] + marginPx);
	}
	const fitAxis = (a: 'top' | 'left', b: 'bottom' | 'right', length: number) => {
		const total = padding[a] + padding[b];
		const limit = length * MAX_PADDING_SHARE;
		if (total <= limit) return;
		padding[a] = Math.floor((padding[a] * limit) / total);
		padding[b] = Math.floor((padding[b] * limit) / total);
	};
	fitAxis('top', 'bottom', size.height);
	fitAxis('left', 'right', size.width);
	return padding;
}
