/**
 * Frontline Explorer embed loader: one dependency-free script for host pages.
 *
 * 1. Auto-height for iframe embeds. The embed posts `{ type: 'frontline:height', height, id }` to its
 *    parent; this script sets the height of the iframe whose window sent it, and only when the
 *    message comes from the origin this script was served from and that iframe's `src` points there.
 * 2. The `<frontline-map>` element, whose attributes mirror the app's URL state:
 *    `place`, `story`, `view`, `date`, `lang`, `theme`, `controls`, `panel`, `height` (the map's
 *    height in px, 240–1000, default 460; the iframe starts that tall), `map` (`zoom/lat/lon`), plus
 *    `title` (the iframe's title, default "Frontline Explorer map"). The iframe points at `embed/`
 *    next to wherever this script was served from.
 *
 *      <script src="https://example.org/frontline/embed.js" async></script>
 *      <frontline-map place="pokrovsk" lang="uk">
 *        <a href="https://example.org/frontline/?place=pokrovsk&amp;lang=uk"
 *          ><img src="https://example.org/frontline/frames/pokrovsk.svg" alt="" style="width:100%"
 *          />Open the map</a>
 *      </frontline-map>
 *
 *    Put a link inside the element as the no-JS fallback, with the view's first frame
 *    (`frames/<place id>.svg`, `frames/compare.svg` or `frames/default.svg`) as its picture: once
 *    the script runs, the element renders its iframe in a shadow root and its light-DOM children are no longer shown.
 *
 * Iframes inside other components' shadow roots are not resized, except our own. Embeds in
 * iframes with an opaque origin (sandbox without `allow-same-origin`) are not resized either.
 * Including the script twice is harmless: the second copy does nothing.
 *
 * Its constants copy the app's (src/lib/embed/protocol.ts, `EMBED_MAP_HEIGHT` and the URL params of
 * src/lib/state/embed-options.ts); tests/unit/embed/protocol.test.ts holds them equal.
 */
(() => {
	'use strict';
	if (window.frontlineEmbedLoaded) return;
	window.frontlineEmbedLoaded = true;

	const script =
		document.currentScript ||
		document.querySelector('script[src$="/embed.js"],script[src="embed.js"]');
	const scriptUrl = new URL(script ? script.src : 'embed.js', location.href);
	const APP_ORIGIN = scriptUrl.origin;
	const EMBED_BASE = new URL('embed/', scriptUrl).href;
	const MIN_HEIGHT = 80;
	const MAX_HEIGHT = 10000;
	/** The embed's map height: its default and the range the app clamps `?height=` to. */
	const MAP_HEIGHT = { default: 460, min: 240, max: 1000 };
	const DEFAULT_TITLE = 'Frontline Explorer map';
	const PARAMS = ['place', 'story', 'view', 'date', 'lang', 'theme', 'controls', 'panel', 'height'];

	/** Iframes rendered by <frontline-map>; they live in shadow roots that querySelector can't see. */
	const ownFrames = new Set();

	const originOf = (src) => {
		try {
			return new URL(src, location.href).origin;
		} catch {
			return null;
		}
	};

	const clampHeight = (value) => Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(value)));

	addEventListener('message', (event) => {
		const data = event.data;
		if (!data || data.type !== 'frontline:height' || event.origin !== APP_ORIGIN) return;
		const height = data.height;
		if (typeof height !== 'number' || !Number.isFinite(height)) return;
		const frames = [...document.getElementsByTagName('iframe'), ...ownFrames];
		const frame = frames.find((f) => f.contentWindow === event.source);
		if (!frame || originOf(frame.src) !== event.origin) return;
		frame.style.height = `${clampHeight(height)}px`;
	});

	// An embed that loaded before this script posted its height to nobody: ask it again.
	for (const frame of document.getElementsByTagName('iframe')) {
		if (originOf(frame.src) === APP_ORIGIN) {
			frame.contentWindow?.postMessage({ type: 'frontline:ping' }, APP_ORIGIN);
		}
	}

	if (!window.customElements || customElements.get('frontline-map')) return;

	let counter = 0;
	const newId = () =>
		`frontline-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

	class FrontlineMap extends HTMLElement {
		static get observedAttributes() {
			return [...PARAMS, 'map', 'title'];
		}

		constructor() {
			super();
			this.embedId = newId();
			this.frame = null;
			this.queued = false;
			this.renderedHeight = null;
		}

		/** The embed URL for the current attributes. */
		get src() {
			const url = new URL(EMBED_BASE);
			for (const name of PARAMS) {
				const value = this.getAttribute(name);
				if (value) url.searchParams.set(name, value);
			}
			url.searchParams.set('id', this.embedId);
			const camera = (this.getAttribute('map') || '').replace(/^#?(map=)?/, '');
			if (camera) url.hash = `map=${camera}`;
			return url.href;
		}

		connectedCallback() {
			if (!this.shadowRoot) {
				const root = this.attachShadow({ mode: 'open' });
				try {
					const sheet = new CSSStyleSheet();
					sheet.replaceSync(':host{display:block}');
					root.adoptedStyleSheets = [sheet];
				} catch {
					// Older engines: the element stays inline, the iframe still fills the width.
				}
			}
			this.render();
		}

		disconnectedCallback() {
			if (this.frame) ownFrames.delete(this.frame);
		}

		attributeChangedCallback() {
			if (!this.isConnected || this.queued) return;
			// Several attributes set in one task make one new iframe, not one per attribute.
			this.queued = true;
			queueMicrotask(() => {
				this.queued = false;
				if (this.isConnected) this.render();
			});
		}

		/**
		 * Renders a fresh iframe when the URL changed, rather than changing `src`: navigating an
		 * existing iframe would add an entry to the host page's history. The height carries over
		 * unless the `height` attribute changed; then the iframe starts at the new map height.
		 */
		render() {
			const src = this.src;
			const heightAttr = this.getAttribute('height');
			let frame = this.frame;
			if (!frame || frame.getAttribute('src') !== src) {
				const old = frame;
				frame = document.createElement('iframe');
				frame.src = src;
				frame.loading = 'lazy';
				frame.allow = 'fullscreen';
				Object.assign(frame.style, { display: 'block', width: '100%', border: '0' });
				if (old) {
					frame.style.height = old.style.height;
					ownFrames.delete(old);
					old.replaceWith(frame);
				} else {
					this.shadowRoot.append(frame);
				}
				this.frame = frame;
			}
			if (!frame.style.height || heightAttr !== this.renderedHeight) {
				const initial = Number(heightAttr);
				const mapHeight =
					initial > 0
						? Math.min(MAP_HEIGHT.max, Math.max(MAP_HEIGHT.min, initial))
						: MAP_HEIGHT.default;
				frame.style.height = `${Math.round(mapHeight)}px`;
				this.renderedHeight = heightAttr;
			}
			frame.title = this.getAttribute('title') || DEFAULT_TITLE;
			ownFrames.add(frame);
		}
	}

	customElements.define('frontline-map', FrontlineMap);
})();
