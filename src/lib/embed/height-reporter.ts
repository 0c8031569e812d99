import { EMBED_MESSAGE, type HeightMessage } from './protocol';

/**
 * Posts `{ type: 'frontline:height', height, id }` to the parent window now and whenever
 * `element` changes height, and again when the host's loader asks (`{ type: 'frontline:ping' }`,
 * sent by an `embed.js` that arrived after the first message). Does nothing outside an iframe.
 * Returns the cleanup.
 */
export function reportHeight(element: HTMLElement, id: string | null): () => void {
	if (window.parent === window) return () => {};
	let last = -1;
	const post = () => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		const message: HeightMessage = { type: EMBED_MESSAGE.height, height, id };
		// The height is not secret, and the host's origin is unknown to a reusable embed.
		window.parent.postMessage(message, '*');
	};
	const onPing = (event: MessageEvent) => {
		if (event.source !== window.parent || event.data?.type !== EMBED_MESSAGE.ping) return;
		last = -1;
		post();
	};
	const observer = new ResizeObserver(post);
	observer.observe(element);
	addEventListener('message', onPing);
	post();
	return () => {
		observer.disconnect();
		removeEventListener('message', onPing);
	};
}
