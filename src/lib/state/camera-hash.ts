/**
 * The map camera in the URL's hash, in MapLibre's `hash: 'map'` format, `#map=zoom/lat/lon[/bearing[/pitch]]`
 * (https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#hash), and the equality
 * that keeps the map and the URL from feeding each other. Parsing never throws. Part of the URL
 * state (`url-state.ts`).
 */

export type Camera = {
	/** MapLibre zoom level, 0–22. */
	zoom: number;
	/** Degrees: longitude −180…180, latitude −85.06…85.06. */
	center: [lon: number, lat: number];
	/** Degrees clockwise from north, normalised to [−180, 180). */
	bearing: number;
	/** Degrees from the vertical, 0–85. */
	pitch: number;
};

/** Per-field tolerances for {@link cameraEquals}; the defaults cover the rounding of the hash. */
export type CameraTolerance = {
	/** Zoom levels. Default 0.01. */
	zoom: number;
	/** Degrees of longitude or latitude. Default 0.0001. */
	lngLat: number;
	/** Degrees of bearing, compared around the circle. Default 0.1. */
	bearing: number;
	/** Degrees of pitch. Default 0.1. */
	pitch: number;
};

const DEFAULT_CAMERA_TOLERANCE: Readonly<CameraTolerance> = Object.freeze({
	zoom: 0.01,
	lngLat: 1e-4,
	bearing: 0.1,
	pitch: 0.1
});

export const CAMERA_LIMITS = Object.freeze({
	zoom: [0, 22],
	lat: [-85.06, 85.06],
	lon: [-180, 180],
	pitch: [0, 85]
} as const);

/** A plain decimal: no exponent, no `Infinity`, no whitespace, no hex. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Longest `#map=` value worth reading; anything longer is garbage. */
const MAX_HASH_LENGTH = 200;

function round(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	// `+ 0` turns -0 into 0 so that it formats as "0".
	return Math.round(value * factor) / factor + 0;
}

/** Wraps degrees into [−180, 180). */
function wrapDegrees(value: number): number {
	const wrapped = ((((value + 180) % 360) + 360) % 360) - 180;
	return wrapped + 0;
}

function inRange(value: number, [min, max]: readonly [number, number]): boolean {
	return value >= min && value <= max;
}

/**
 * Rounds a camera to the precision of the hash and normalises the bearing, or returns null when a
 * field is not finite or out of range.
 */
function normalizeCamera(camera: Camera): Camera | null {
	const [rawLon, rawLat] = camera.center;
	const values = [camera.zoom, rawLon, rawLat, camera.bearing, camera.pitch];
	if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
	const zoom = round(camera.zoom, 2);
	const lon = round(rawLon, 4);
	const lat = round(rawLat, 4);
	const pitch = round(camera.pitch, 1);
	let bearing = round(wrapDegrees(camera.bearing), 1);
	// Rounding can carry 179.96 up to 180, which is -180 in [-180, 180); the subtraction is exact.
	if (bearing >= 180) bearing -= 360;
	if (
		!inRange(zoom, CAMERA_LIMITS.zoom) ||
		!inRange(lon, CAMERA_LIMITS.lon) ||
		!inRange(lat, CAMERA_LIMITS.lat) ||
		!inRange(pitch, CAMERA_LIMITS.pitch)
	) {
		return null;
	}
	return { zoom, center: [lon, lat], bearing, pitch };
}

/**
 * Formats a camera like MapLibre's `hash: 'map'` option, without the `#`: `map=zoom/lat/lon`, then
 * `/bearing` when bearing or pitch is non-zero and `/pitch` when pitch is non-zero.
 * Zoom is rounded to 2 decimals, lat/lon to 4, bearing and pitch to 1. Returns `''` for a camera
 * that {@link normalizeCamera} rejects.
 *
 * @example formatCameraHash({ zoom: 7, center: [36.9, 49.2], bearing: 0, pitch: 0 }) // 'map=7/49.2/36.9'
 */
export function formatCameraHash(camera: Camera): string {
	const c = normalizeCamera(camera);
	if (!c) return '';
	const parts = [c.zoom, c.center[1], c.center[0]];
	if (c.bearing !== 0 || c.pitch !== 0) parts.push(c.bearing);
	if (c.pitch !== 0) parts.push(c.pitch);
	return `map=${parts.map(String).join('/')}`;
}

/**
 * Reads the camera from a URL hash (`#map=7/49.2/36.9`, with or without the `#`, possibly among
 * other `&`-separated hash params). Returns null when there is no `map=` part or any part of it is
 * missing, not a plain decimal, or out of range. The bearing is wrapped into [−180, 180).
 *
 * @example parseCameraHash('#map=7.5/49.2/36.9/30/45') // { zoom: 7.5, center: [36.9, 49.2], bearing: 30, pitch: 45 }
 */
export function parseCameraHash(hash: string): Camera | null {
	if (typeof hash !== 'string') return null;
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	const entry = body.split('&').find((part) => part.startsWith('map='));
	if (entry === undefined) return null;
	const value = entry.slice('map='.length);
	if (value.length > MAX_HASH_LENGTH) return null;
	const parts = value.split('/');
	if (parts.length < 3 || parts.length > 5) return null;
	if (!parts.every((part) => DECIMAL.test(part))) return null;
	const [zoom = 0, lat = 0, lon = 0, bearing = 0, pitch = 0] = parts.map(Number);
	return normalizeCamera({ zoom, center: [lon, lat], bearing, pitch });
}

/**
 * True when two cameras are the same view within `tolerance` (per field, see
 * {@link CameraTolerance}). Bearing and longitude are compared around the circle. Used to stop the
 * map ⇄ URL feedback loop: only write the URL, or move the map, when this is false.
 */
export function cameraEquals(
	a: Camera,
	b: Camera,
	tolerance: Partial<CameraTolerance> = {}
): boolean {
	const tol = { ...DEFAULT_CAMERA_TOLERANCE, ...tolerance };
	const angle = (x: number, y: number) => Math.abs(wrapDegrees(x - y));
	return (
		Math.abs(a.zoom - b.zoom) <= tol.zoom &&
		angle(a.center[0], b.center[0]) <= tol.lngLat &&
		Math.abs(a.center[1] - b.center[1]) <= tol.lngLat &&
		angle(a.bearing, b.bearing) <= tol.bearing &&
		Math.abs(a.pitch - b.pitch) <= tol.pitch
	);
}
