/**
 * Calls `callback` once, the first time `element` comes near the viewport (within `margin`),
 * so an embed far down a host page costs nothing until the reader scrolls to it.
 * Returns the cleanup.
 */
export function whenVisible(element: Element, callback: () => void, margin = '200px'): () => void {
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) {
				observer.disconnect();
				callback();
			}
		},
		{ rootMargin: margin }
	);
	observer.observe(element);
	return () => observer.disconnect();
}
