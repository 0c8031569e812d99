import type { BrowserContextOptions, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// The default view: both axes fitted with 24 px of padding.
import { BOTH_AXES } from '$lib/map/explorer-map-settings';
import { palettes } from '$lib/theme/palette';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { colourCentre, colourDistance, hexToRgb, pixelAt, type Rgb } from './support/pixels';
import { pixelOf, type TestCamera } from './support/projection';

const browser = useBrowser();
const POKROVSK: [number, number] = [37.17706, 48.28014];
const ARTICLE_PLACE = hexToRgb('#1d1b18');
const SELECTED_PLACE = hexToRgb('#0b63ce');
const ENGINE = /\/maplibre-gl[^/]*\.mjs$/;
/** The occupied area's edge (palette.ts, light), drawn over its own translucent fill. */
const FRONT_LINE = hexToRgb('#8f2a22');
/** Inside the ground gained near Ocheretyne since 9 May, which both opening views draw, and the
 * colour it has on screen: the gains' orange over the occupied area's fill. */
const GAINED_POINT: [number, number] = [37.54, 48.22];
const GAINED_ON_SCREEN: Rgb = [226, 155, 88];
/** Open Ukrainian land west of the Kharkiv axis, in the default view, clear of overlays and labels. */
const OPEN_LAND: [number, number] = [34.75, 48.95];
/** Vertices of the front on screen (the occupied area's edge of 1 August 2024), from Ocheretyne
 * north to the Siverskyi Donets, inside both opening views and clear of places, labels and gains. */
const FRONT_LINE_POINTS: [number, number][] = [
	[37.8857, 48.6543],
	[37.4335, 48.2141],
	[37.5076, 48.1243]
];

type Box = { x: number; y: number; width: number; height: number };

/** Web Mercator in 512-px world units at zoom 0, as MapLibre projects. */
function world([lon, lat]: [number, number]): [number, number] {
	const sin = Math.sin((lat * Math.PI) / 180);
	return [((lon + 180) / 360) * 512, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 512];
}

/** MapLibre's camera for bounds fitted into a box with padding. */
function fitted([sw, ne]: [[number, number], [number, number]], box: Box, padding: number) {
	const [x0, y0] = world([sw[0], ne[1]]);
	const [x1, y1] = world([ne[0], sw[1]]);
	const scale = Math.min(
		(box.width - 2 * padding) / (x1 - x0),
		(box.height - 2 * padding) / (y1 - y0)
	);
	const centre = [(x0 + x1) / 2, (y0 + y1) / 2];
	const lon = (centre[0]! / 512) * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * centre[1]!) / 512))) * 180) / Math.PI;
	return { zoom: Math.log2(scale), center: [lon, lat] } as TestCamera;
}

/** The camera a page opens on: both axes fitted, or Pokrovsk at zoom 8 or closer. */
function openingCamera(path: string, box: Box): TestCamera {
	const overview = fitted(BOTH_AXES, box, 24);
	return path.includes('place=pokrovsk')
		? { zoom: Math.max(8, overview.zoom), center: POKROVSK }
		: overview;
}

/** Where Pokrovsk's marker is in the view a page opens on. */
function pokrovskPixel(path: string, box: Box): { x: number; y: number } {
	return pixelOf(POKROVSK, openingCamera(path, box), box);
}

/** The centre of the front line's pixels around each of `pixels`, whether an image or the map draws it. */
async function frontLineCentres(page: Page, pixels: { x: number; y: number }[]) {
	const centres: { x: number; y: number }[] = [];
	for (const pixel of pixels) {
		const centre = await colourCentre(page, pixel, 4, FRONT_LINE);
		expect(centre, `front line near ${pixel.x.toFixed(0)},${pixel.y.toFixed(0)}`).not.toBeNull();
		centres.push(centre!);
	}
	return centres;
}

/** Opens `path` with MapLibre's engine held back until the returned function lets it through. */
async function openWithoutEngine(path: string, context?: BrowserContextOptions) {
	const held: Route[] = [];
	let release = false;
	const tracked = await browser.open(path, {
		context,
		prepare: async (page: Page) => {
			await page.route(ENGINE, (route) => (release ? route.continue() : void held.push(route)));
		},
		waitUntil: 'domcontentloaded'
	});
	const letThrough = async () => {
		release = true;
		await Promise.all(held.map((route) => route.continue()));
	};
	return { tracked, letThrough };
}

describe('the first frame', () => {
	for (const [path, colour] of [
		['/', ARTICLE_PLACE],
		['/?place=pokrovsk', SELECTED_PLACE]
	] as const) {
		// The reader sees the story’s map before the engine arrives, and the map takes over in place:
		// the marker and the front line stay where the frame drew them, and the gains look the same.
		it(`shows ${path} before MapLibre arrives, and the map draws Pokrovsk and the front line within 2 px of it`, async () => {
			const { tracked, letThrough } = await openWithoutEngine(path);
			const { page } = tracked;
			const box = (await page.getByTestId('first-frame').boundingBox())!;
			const expected = pokrovskPixel(path, box);
			let inFrame: { x: number; y: number } | null = null;
			await expect
				.poll(async () => (inFrame = await colourCentre(page, expected, 11, colour)))
				.not.toBeNull();
			expect(Math.hypot(inFrame!.x - expected.x, inFrame!.y - expected.y)).toBeLessThanOrEqual(2);
			expect(await page.locator('canvas').count()).toBe(0);
			const frontPixels = FRONT_LINE_POINTS.map((point) =>
				pixelOf(point, openingCamera(path, box), box)
			);
			const frontInFrame = await frontLineCentres(page, frontPixels);
			const gained = pixelOf(GAINED_POINT, openingCamera(path, box), box);
			const gainedInFrame = await pixelAt(page, gained.x, gained.y);
			expect(colourDistance(gainedInFrame, GAINED_ON_SCREEN)).toBeLessThanOrEqual(24);

			await letThrough();
			await waitForMapIdle(page);
			const onMap = await colourCentre(page, expected, 11, colour);
			expect(onMap).not.toBeNull();
			expect(Math.hypot(onMap!.x - inFrame!.x, onMap!.y - inFrame!.y)).toBeLessThanOrEqual(2);
			const frontOnMap = await frontLineCentres(page, frontPixels);
			frontOnMap.forEach((centre, i) => {
				const before = frontInFrame[i]!;
				expect(Math.hypot(centre.x - before.x, centre.y - before.y)).toBeLessThanOrEqual(2);
			});
			const gainedOnMap = await pixelAt(page, gained.x, gained.y);
			expect(colourDistance(gainedOnMap, gainedInFrame)).toBeLessThanOrEqual(24);
			expectClean(tracked);
		});
	}

	// A view from the URL starts there: the camera never moves on load, so it never writes `#map=`.
	it('opens /?place=pokrovsk at Pokrovsk without a flight', async () => {
		const tracked = await browser.open('/?place=pokrovsk');
		await waitForMapIdle(tracked.page);
		expect(new URL(tracked.page.url()).hash).toBe('');
		expectClean(tracked);
	});

	// Link previews show the same map, as a PNG (platforms do not show SVG) of the size the page states.
	for (const path of ['/', '/embed/']) {
		it(`gives ${path} a PNG og:image and twitter:image of the stated size, under 150 kB`, async () => {
			const { page } = await browser.open(path);
			const meta = (selector: string) => page.locator(selector).getAttribute('content');
			expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
			expect(await meta('meta[property="og:image:alt"]')).toMatch(/^Map of .*front line/);
			// Both read at one moment: hydration rewrites the prerendered relative path as root-relative.
			const [image, twitterImage] = await page.evaluate(() =>
				['meta[property="og:image"]', 'meta[name="twitter:image"]'].map(
					(selector) => document.querySelector(selector)?.getAttribute('content') ?? ''
				)
			);
			expect(twitterImage).toBe(image);
			const response = await page.request.get(new URL(image!, page.url()).href);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toBe('image/png');
			const png = await response.body();
			expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
			// The IHDR chunk, first after the signature: width and height as 32-bit big-endian.
			expect(png.toString('latin1', 12, 16)).toBe('IHDR');
			expect(String(png.readUInt32BE(16))).toBe(await meta('meta[property="og:image:width"]'));
			expect(String(png.readUInt32BE(20))).toBe(await meta('meta[property="og:image:height"]'));
			expect(png.length).toBeLessThanOrEqual(150_000);
		});
	}
});

describe('the first frame’s language and colour scheme', () => {
	// A Ukrainian reader sees Ukrainian names from the first paint, not English ones that then change.
	it('names places in Ukrainian for ?lang=uk before MapLibre arrives', async () => {
		const { tracked } = await openWithoutEngine('/?lang=uk');
		const image = tracked.page.locator('.first-frame-image');
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
		const src = await image.evaluate((img: HTMLImageElement) => img.currentSrc);
		const svg = await (await tracked.page.request.get(src)).text();
		expect(svg).toContain('>Покровськ<');
		expect(svg).not.toContain('>Pokrovsk<');
		expect(await tracked.page.locator('canvas').count()).toBe(0);
	});

	// A dark-scheme reader, or a page asked for a theme, sees the frame in the map's own colours.
	for (const [path, colorScheme, theme] of [
		['/', 'dark', 'dark'],
		['/?theme=dark', 'light', 'dark'],
		['/?theme=light', 'dark', 'light']
	] as const) {
		it(`draws ${path} in the ${theme} theme for a ${colorScheme}-scheme reader before MapLibre arrives`, async () => {
			const { tracked } = await openWithoutEngine(path, { colorScheme });
			const { page } = tracked;
			const box = (await page.getByTestId('first-frame').boundingBox())!;
			const land = pixelOf(OPEN_LAND, openingCamera('/', box), box);
			const expected = hexToRgb(palettes[theme].ukraine);
			await expect
				.poll(async () => colourDistance(await pixelAt(page, land.x, land.y), expected))
				.toBeLessThanOrEqual(6);
			expect(await page.locator('canvas').count()).toBe(0);
		});
	}
});

describe('the first frame as the fallback', () => {
	// Without JavaScript the prerendered page shows the default frame and says why it is a picture.
	it('shows the frame and a message without JavaScript', async () => {
		const tracked = await browser.open('/', { context: { javaScriptEnabled: false } });
		const { page } = tracked;
		const box = (await page.getByTestId('first-frame').boundingBox())!;
		const marker = await colourCentre(page, pokrovskPixel('/', box), 11, ARTICLE_PLACE);
		expect(marker).not.toBeNull();
		await expect.poll(() => page.locator('.map-area').textContent()).toContain('needs JavaScript');
	});
});
