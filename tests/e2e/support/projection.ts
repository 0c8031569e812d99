/**
 * Where a longitude/latitude lands on the map canvas, computed independently of the app with
 * Web Mercator and MapLibre's 512-px tiles, from the camera the test put in the URL.
 */
export interface TestCamera {
	zoom: number;
	center: [lon: number, lat: number];
}

function mercator([lon, lat]: [number, number]): [number, number] {
	const x = (lon + 180) / 360;
	const sin = Math.sin((lat * Math.PI) / 180);
	const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
	return [x, y];
}

/** Pixel offset of `point` inside a map box of `width`×`height` showing `camera` (north up). */
export function pixelOf(
	point: [number, number],
	camera: TestCamera,
	box: { x: number; y: number; width: number; height: number }
): { x: number; y: number } {
	const worldSize = 512 * 2 ** camera.zoom;
	const [px, py] = mercator(point);
	const [cx, cy] = mercator(camera.center);
	return {
		x: box.x + box.width / 2 + (px - cx) * worldSize,
		y: box.y + box.height / 2 + (py - cy) * worldSize
	};
}

/** The longitude/latitude under a page pixel of a map box showing `camera` (north up). */
export function lngLatOf(
	pixel: { x: number; y: number },
	camera: TestCamera,
	box: { x: number; y: number; width: number; height: number }
): [number, number] {
	const worldSize = 512 * 2 ** camera.zoom;
	const [cx, cy] = mercator(camera.center);
	const x = cx + (pixel.x - box.x - box.width / 2) / worldSize;
	const y = cy + (pixel.y - box.y - box.height / 2) / worldSize;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [x * 360 - 180, lat];
}
