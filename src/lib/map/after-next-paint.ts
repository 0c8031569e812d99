/**
 * Runs `callback` once the browser has painted the next frame. Map work that follows a click
 * (highlight, camera ease) waits for it, so the statement panel reaches the screen first instead
 * of sharing a frame with a full WebGL redraw. Returns a function that cancels the call.
 */
export function afterNextPaint(callback: () => void): () => void {
	let frame = requestAnimationFrame(() => {
		frame = requestAnimationFrame(callback);
	});
	return () => cancelAnimationFrame(frame);
}
