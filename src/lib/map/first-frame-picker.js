// Runs inline right after the first frame's <img>, before the first paint: gives it the frame of the
// view the URL opens, in the map's language and colour scheme (`?lang=`, `?theme=`, else the system's
// scheme), or removes it (src/lib/map/FirstFrame.svelte, first-frame-markup.ts). Its SHA-256 is in the
// page's CSP (svelte.config.js).
(() => {
	const image = /** @type {HTMLImageElement} */ (document.currentScript?.previousElementSibling);
	/** @typedef {{ src: string, extent: number[], style: string }} Frame */
	/** @type {Record<string, Frame>} */
	const frames = JSON.parse(image.dataset.frames || '{}');
	const query = new URLSearchParams(location.search);
	const place = frames[query.get('place') || ''];
	// A place without a frame of its own (first-frame-views.ts): no picture rather than a wrong one.
	if (query.get('place') && !place && query.get('view') !== 'compare') return image.remove();
	const camera = /^#map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)(?:\/(-?[\d.]+))?(?:\/([\d.]+))?/.exec(
		location.hash
	);
	let frame = (query.get('view') === 'compare' && frames.compare) || place || frames.default;
	if (!frame) return image.remove();
	let style = frame.style;
	if (camera) {
		const [zoom = 0, lat = 0, lon = 0, bearing = 0, pitch = 0] = camera
			.slice(1)
			.map((n) => Number(n || 0));
		const x = ((180 + lon) / 360) * 512;
		const y =
			((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) *
			512;
		/** @param {Frame | undefined} f */
		const covers = (f) => {
			const [fx = 0, fy = 0, width = 0, height = 0] = f ? f.extent : [];
			return x > fx && y > fy && x < fx + width && y < fy + height;
		};
		frame = covers(place) ? place : frames.default;
		if (!frame || bearing || pitch || !covers(frame)) return image.remove();
		const [fx = 0, fy = 0, width = 1, height = 1] = frame.extent;
		style = `--frame-width: ${width * 2 ** zoom}px; --frame-x: ${(x - fx) / width}; --frame-y: ${(y - fy) / height}`;
	}
	const theme = query.get('theme');
	const dark =
		theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
	// The variant's file name (first-frame-views.ts): `<id>[.uk][.dark].svg`.
	const variant = (query.get('lang') === 'uk' ? '.uk' : '') + (dark ? '.dark' : '');
	if (dark && image.parentElement) image.parentElement.dataset.scheme = 'dark';
	image.setAttribute('style', style);
	image.src = frame.src.replace(/\.svg$/, `${variant}.svg`);
})();
