import { describe, expect, it } from 'vitest';
import {
	componentSnippet,
	embedUrl,
	escapeHtml,
	fullPageUrl,
	iframeSnippet,
	loaderUrl
} from '$lib/embed/snippets';
import { defaultAppState, parseUrlState, type AppState } from '$lib/state/url-state';

const ORIGIN = 'https://news.example';
const pokrovsk: AppState = { ...defaultAppState(), place: 'pokrovsk' };
const rich: AppState = {
	place: 'kharkiv',
	story: null,
	view: 'compare',
	date: '2024-05-09',
	lang: 'uk',
	theme: 'dark',
	camera: { zoom: 7.5, center: [36.25, 49.99], bearing: 0, pitch: 0 },
	embed: { controls: ['zoom', 'legend'], panel: 'closed', id: null, height: null }
};
const parseOptions = {
	placeIds: new Set(['kharkiv', 'pokrovsk']),
	dates: new Set(['2024-05-09', '2024-07-24'])
};

/** Reads `name="…"` back out of a snippet, undoing the escaping like an HTML parser would. */
function attribute(html: string, name: string): string | undefined {
	const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1];
	return raw
		?.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

describe('embedUrl', () => {
	// Deployments live at the root or under a base path; every spelling of it must land on /embed/.
	it.each(['', '/', '/frontline', '/frontline/', 'frontline'])(
		'puts /embed/ under the base path %j',
		(basePath) => {
			const expected = basePath.includes('frontline')
				? `${ORIGIN}/frontline/embed/?place=pokrovsk`
				: `${ORIGIN}/embed/?place=pokrovsk`;
			expect(embedUrl(pokrovsk, ORIGIN, basePath)).toBe(expected);
		}
	);

	// The embed must reproduce the view exactly, so its URL has to parse back to the same state.
	it('round-trips every field through parseUrlState', () => {
		const url = embedUrl(rich, ORIGIN, '/frontline');
		expect(url).toBe(
			`${ORIGIN}/frontline/embed/?place=kharkiv&view=compare&date=2024-05-09&lang=uk&theme=dark` +
				'&controls=zoom,legend&panel=closed#map=7.5/49.99/36.25'
		);
		expect(parseUrlState(new URL(url), parseOptions)).toEqual(rich);
	});

	// The default state is the bare embed page: no stray `?` or `#`.
	it('leaves defaults out', () => {
		expect(embedUrl(defaultAppState(), ORIGIN, '')).toBe(`${ORIGIN}/embed/`);
	});
});

describe('fullPageUrl and loaderUrl', () => {
	// The fallback link opens the full page, where embed-only options mean nothing.
	it('drops embed options from the full-page link', () => {
		const state = {
			...rich,
			embed: { controls: [], panel: 'closed' as const, id: 'a1', height: null }
		};
		expect(fullPageUrl(state, ORIGIN, '/frontline')).toBe(
			`${ORIGIN}/frontline/?place=kharkiv&view=compare&date=2024-05-09&lang=uk&theme=dark#map=7.5/49.99/36.25`
		);
	});

	// embed.js derives the embed URL from its own location, so it must sit at the app root.
	it('serves the loader from the app root', () => {
		expect(loaderUrl(ORIGIN, '/frontline/')).toBe(`${ORIGIN}/frontline/embed.js`);
		expect(loaderUrl(ORIGIN, '')).toBe(`${ORIGIN}/embed.js`);
	});
});

describe('escapeHtml', () => {
	// Snippets are pasted into other people's pages: a value must never close its attribute.
	it('escapes the characters that end an attribute or start a tag', () => {
		expect(escapeHtml(`a&b"c<d>e'f`)).toBe("a&amp;b&quot;c&lt;d&gt;e'f");
	});
});

describe('iframeSnippet', () => {
	// Golden: this exact text is what the builder shows and what hosts paste.
	it('writes the iframe and the auto-height loader', () => {
		expect(iframeSnippet(pokrovsk, ORIGIN, '', 'map-1')).toBe(
			`<iframe src="${ORIGIN}/embed/?place=pokrovsk&amp;id=map-1" title="Frontline Explorer map" ` +
				'loading="lazy" style="width:100%;border:0;height:460px" allow="fullscreen"></iframe>\n' +
				`<script src="${ORIGIN}/embed.js" async></script>`
		);
	});

	// The escaped src must still be the embed URL once the host's HTML parser reads it.
	it('escapes the src so it parses back to the embed URL', () => {
		const html = iframeSnippet(rich, ORIGIN, '/frontline', 'x_2');
		const src = attribute(html, 'src');
		expect(src).toBe(
			embedUrl({ ...rich, embed: { ...rich.embed, id: 'x_2' } }, ORIGIN, '/frontline')
		);
		expect(html.split('\n')[0]).not.toMatch(/&(?!amp;|quot;|lt;|gt;)/);
	});

	// A localised or author-chosen title must not break out of the attribute.
	it('escapes the title', () => {
		const html = iframeSnippet(pokrovsk, ORIGIN, '', null, { title: 'Map "A" <b>' });
		expect(attribute(html, 'title')).toBe('Map "A" <b>');
		expect(attribute(html, 'src')).toBe(`${ORIGIN}/embed/?place=pokrovsk`);
	});

	// The iframe starts as tall as the map it will show, so the host page barely moves on load.
	it('starts the iframe at the map height: the default or ?height=', () => {
		expect(iframeSnippet(pokrovsk, ORIGIN, '', null)).toContain('height:460px');
		const tall = { ...pokrovsk, embed: { ...pokrovsk.embed, height: 700 } };
		const html = iframeSnippet(tall, ORIGIN, '', null);
		expect(html).toContain('height:700px');
		expect(attribute(html, 'src')).toBe(`${ORIGIN}/embed/?place=pokrovsk&height=700`);
	});
});

describe('componentSnippet', () => {
	// Golden: the loader, then the element with a fallback for readers without JS: the view's
	// first frame as a picture in a link to the full map.
	it('writes the loader and a <frontline-map> with a fallback picture and link', () => {
		expect(componentSnippet({ ...pokrovsk, lang: 'uk' }, ORIGIN, '')).toBe(
			`<script src="${ORIGIN}/embed.js" async></script>\n` +
				'<frontline-map place="pokrovsk" lang="uk">' +
				`<a href="${ORIGIN}/?place=pokrovsk&amp;lang=uk">` +
				`<img src="${ORIGIN}/frames/pokrovsk.uk.svg" alt="" style="width:100%">Open the map</a></frontline-map>`
		);
	});

	// The picture speaks the element's language and wears its theme, as the map will.
	it('pictures the view in the element’s language and theme', () => {
		const dark = componentSnippet({ ...pokrovsk, theme: 'dark' }, ORIGIN, '');
		expect(dark).toContain(`<img src="${ORIGIN}/frames/pokrovsk.dark.svg"`);
		const both = componentSnippet({ ...pokrovsk, lang: 'uk', theme: 'dark' }, ORIGIN, '');
		expect(both).toContain(`<img src="${ORIGIN}/frames/pokrovsk.uk.dark.svg"`);
	});

	// The picture is the first frame of the view the element opens on.
	it('pictures the compare view, or the default view without a place', () => {
		const compare = componentSnippet({ ...pokrovsk, view: 'compare' }, ORIGIN, '/frontline');
		expect(compare).toContain(`<img src="${ORIGIN}/frontline/frames/compare.svg"`);
		const plain = componentSnippet({ ...pokrovsk, place: null }, ORIGIN, '');
		expect(plain).toContain(`<img src="${ORIGIN}/frames/default.svg"`);
	});

	// Every URL field becomes an attribute, the camera as `map`, and the element makes its own id.
	it('mirrors every URL field as an attribute', () => {
		const html = componentSnippet(
			{ ...rich, embed: { ...rich.embed, id: 'ignored' } },
			ORIGIN,
			'/frontline',
			{ linkText: 'Відкрити <мапу>' }
		);
		expect(attribute(html, 'place')).toBe('kharkiv');
		expect(attribute(html, 'view')).toBe('compare');
		expect(attribute(html, 'date')).toBe('2024-05-09');
		expect(attribute(html, 'lang')).toBe('uk');
		expect(attribute(html, 'theme')).toBe('dark');
		expect(attribute(html, 'controls')).toBe('zoom,legend');
		expect(attribute(html, 'panel')).toBe('closed');
		expect(attribute(html, 'map')).toBe('7.5/49.99/36.25');
		expect(attribute(html, 'id')).toBeUndefined();
		expect(html).toContain('>Відкрити &lt;мапу&gt;</a>');
		expect(html).toContain(`<script src="${ORIGIN}/frontline/embed.js" async>`);
	});

	// The default view needs no attributes at all.
	it('writes a bare element for the default state', () => {
		expect(componentSnippet(defaultAppState(), ORIGIN, '')).toContain(
			`<frontline-map><a href="${ORIGIN}/"><img src="${ORIGIN}/frames/default.svg" alt="" style="width:100%">Open the map</a></frontline-map>`
		);
	});
});
