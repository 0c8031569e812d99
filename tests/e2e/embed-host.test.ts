/**
 * The embed in a realistic article page (tests/fixtures/hosts/article.html) on a second origin, at
 * phone, column and desktop widths, pasted with the iframe snippet and as <frontline-map>. Each
 * page holds one embed per view; every embed must frame its places where the reader sees them, fit
 * its content, and stop resizing. Screenshots go to test-results/embed-host/ for people to look at.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { componentSnippet, iframeSnippet } from '$lib/embed/snippets';
import { palettes } from '$lib/theme/palette';
import { parseCameraHash } from '$lib/state/camera-hash';
import { EMBED_MAP_HEIGHT } from '$lib/state/embed-options';
import { defaultAppState, type AppState } from '$lib/state/url-state';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { frameOf, heightQuiet, openHost } from './support/host-page';
import { colourDistance, hexToRgb, pixelAt } from './support/pixels';
import { pixelOf } from './support/projection';

const browser = useBrowser(['--disable-features=LocalNetworkAccessChecks']);
const origins = { app: inject('appOrigin'), host: inject('hostOrigin') };
const SHOTS = 'test-results/embed-host';
mkdirSync(SHOTS, { recursive: true });
/** One line per embed: what the screenshots show, in numbers. */
const SUMMARY = `${SHOTS}/summary.tsv`;
writeFileSync(SUMMARY, 'loader\twindow\tview\tmap px\tiframe px\tmarks (x,y in window)\n');

const places = JSON.parse(readFileSync('geodata/places.geojson', 'utf8')) as {
	features: { properties: { id: string }; geometry: { type: string; coordinates: number[] } }[];
};
function lngLat(id: string): [number, number] {
	const feature = places.features.find((f) => f.properties.id === id)!;
	return feature.geometry.coordinates as [number, number];
}

const base = defaultAppState();
const SELECTED = hexToRgb(palettes.light.selected);
const PLACE = hexToRgb(palettes.light.place);
const CORNERS = ['belgorod', 'kharkiv', 'sloviansk', 'pokrovsk'];

/** Each view, and the markers it must show inside the visible map, in their colour. */
const VIEWS: { name: string; state: AppState; marks: string[]; colour: typeof SELECTED }[] = [
	{
		name: 'pokrovsk',
		state: { ...base, place: 'pokrovsk' },
		marks: ['pokrovsk'],
		colour: SELECTED
	},
	{
		name: 'belgorod-closed',
		state: { ...base, place: 'belgorod', embed: { ...base.embed, panel: 'closed' } },
		marks: ['belgorod'],
		colour: SELECTED
	},
	{ name: 'compare', state: { ...base, view: 'compare' }, marks: CORNERS, colour: SELECTED },
	{ name: 'default', state: base, marks: CORNERS, colour: PLACE }
];

/** Window sizes: phones, the column itself, a desktop column and a desktop wide figure. */
const HOSTS = [
	{ width: 320, height: 640, wide: false },
	{ width: 390, height: 844, wide: false },
	{ width: 680, height: 900, wide: false },
	{ width: 1280, height: 900, wide: false },
	{ width: 1280, height: 900, wide: true }
];

function snippetFor(loader: 'iframe' | 'component', wide: boolean): string {
	return VIEWS.map(({ name, state }) => {
		const html =
			loader === 'iframe'
				? iframeSnippet(state, origins.app, '', `embed-${name}`)
				: componentSnippet(state, origins.app, '');
		return `<figure${wide ? ' class="wide"' : ''}>${html}</figure>`;
	}).join('\n');
}

/** Scrolls the embed's top to the top of the window, as a reader reaching it would. */
async function scrollTo(page: Page, iframe: Locator, frame: Frame): Promise<void> {
	await iframe.evaluate((element) => element.scrollIntoView({ block: 'start' }));
	await waitForMapIdle(page, frame);
}

/** Sizes inside the embed: the map, the panel's content, and whether the document scrolls. */
function measure(frame: Frame) {
	return frame.evaluate(() => {
		const map = document.querySelector('.map-area')!.getBoundingClientRect();
		const side = document.querySelector('.side')!;
		const root = document.documentElement;
		return {
			map: map.height,
			panel: side.getBoundingClientRect().height,
			beside: side.getBoundingClientRect().top < map.bottom - 1,
			capped: document.querySelector('[data-testid="capped-panel"]')?.getBoundingClientRect()
				.height,
			body: Math.ceil(document.body.getBoundingClientRect().height),
			scrolls: root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth
		};
	});
}

describe.each(['iframe', 'component'] as const)('%s embeds in an article', (loader) => {
	// The journalist's page: the map keeps a fixed height, frames its view where the reader looks,
	// fits the iframe to its content without scrollbars, and stops resizing.
	it.each(HOSTS)(
		'at $width px (wide figure: $wide)',
		async ({ width, height, wide }) => {
			const tracked = await openHost(browser, origins, 'article.html', snippetFor(loader, wide), {
				viewport: { width, height }
			});
			const { page } = tracked;
			const iframes = page.locator(
				loader === 'iframe' ? 'figure > iframe' : 'frontline-map iframe'
			);
			await expect.poll(() => iframes.count()).toBe(VIEWS.length);

			for (const [index, view] of VIEWS.entries()) {
				const iframe = iframes.nth(index);
				const frame = await frameOf(iframe);
				await scrollTo(page, iframe, frame);
				const size = await measure(frame);
				await expect.poll(async () => (await iframe.boundingBox())!.height).toBe(size.body);
				await scrollTo(page, iframe, frame);
				const box = (await iframe.boundingBox())!;
				expect(size.map).toBe(EMBED_MAP_HEIGHT.default);
				expect(box.height).toBeGreaterThanOrEqual(size.map);
				expect(box.height).toBeLessThanOrEqual(Math.ceil(size.map + size.panel));
				// Beside the map, the panel scrolls in a box as tall as the map: the embed is the map.
				if (size.beside) expect(box.height).toBe(size.map);
				expect(size.beside).toBe(box.width >= 760);
				expect(size.scrolls).toBe(false);
				// A place's statements or the comparison show up to the map's height, then "Show all".
				if (!size.beside && view.name !== 'belgorod-closed' && view.name !== 'default') {
					expect(size.capped).toBeLessThanOrEqual(size.map);
				}

				const camera = parseCameraHash(
					(await frame.getByTestId('map').getAttribute('data-map-camera')) ?? ''
				);
				expect(camera, `${view.name}: the embed reports its camera`).not.toBeNull();
				const canvas = (await frame.locator('canvas.maplibregl-canvas').boundingBox())!;
				expect(canvas.height).toBe(size.map);
				const shot = `${SHOTS}/${loader}-${width}${wide ? '-wide' : ''}-${view.name}.png`;
				await page.screenshot({ path: shot });
				for (const id of view.marks) {
					const at = pixelOf(lngLat(id), camera!, canvas);
					const where = `${view.name} ${id} at ${Math.round(at.x)},${Math.round(at.y)}`;
					expect(at.x, where).toBeGreaterThan(Math.max(canvas.x, 0) + 8);
					expect(at.x, where).toBeLessThan(Math.min(canvas.x + canvas.width, width) - 8);
					expect(at.y, where).toBeGreaterThan(Math.max(canvas.y, 0) + 8);
					expect(at.y, where).toBeLessThan(Math.min(canvas.y + canvas.height, height) - 8);
					const colour = await pixelAt(page, at.x, at.y);
					expect(colourDistance(colour, view.colour), `${where}: ${colour}`).toBeLessThan(48);
				}
				await iframe.screenshot({ path: shot.replace('.png', '-whole.png') });
				const marks = view.marks.map((id) => {
					const at = pixelOf(lngLat(id), camera!, canvas);
					return `${id} ${Math.round(at.x)},${Math.round(at.y)}`;
				});
				const where = `${width}${wide ? ' wide' : ''}`;
				appendFileSync(
					SUMMARY,
					`${loader}\t${where}\t${view.name}\t${size.map}\t${box.height}\t${marks.join('; ')}\n`
				);
			}

			// Settled: the host hears no more than two height messages in two seconds.
			await expect
				.poll(async () => (await heightQuiet(page)).sinceLast, { timeout: 15_000 })
				.toBeGreaterThan(2000);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			expectClean(tracked);
		},
		180_000
	);
});
