// Runs inline right after the first frame's <img>, before the first paint: shows the frame of the
// view the URL opens (src/lib/map/FirstFrame.svelte). Its SHA-256 is in the page's CSP (svelte.config.js).
(() => {
	const image = document.currentScript.previousElementSibling;
	const frames = JSON.parse(image.dataset.frames);
	const query = new URLSearchParams(location.search);
	const place = frames[query.get('place')];
	const camera = /^#map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)(?:\/(-?[\d.]+))?(?:\/([\d.]+))?/.exec(
		location.hash
	);
	let frame = query.get('view') === 'compare' ? frames.compare : place || frames.default;
	let style = frame.style;
	if (camera) {
		const [zoom, lat, lon, bearing, pitch] = camera.slice(1).map((n) => Number(n || 0));
		const x = ((180 + lon) / 360) * 512;
		const y =
			((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) *
			512;
		const covers = (f) =>
			f &&
			x > f.extent[0] &&
			y > f.extent[1] &&
			x < f.extent[0] + f.extent[2] &&
			y < f.extent[1] + f.extent[3];
		frame = covers(place) ? place : frames.default;
		if (bearing || pitch || !covers(frame)) return image.remove();
		const [fx, fy, width, height] = frame.extent;
		style = `--frame-width: ${width * 2 ** zoom}px; --frame-x: ${(x - fx) / width}; --frame-y: ${(y - fy) / height}`;
	}
	image.setAttribute('style', style);
	image.src = frame.src;
})();
