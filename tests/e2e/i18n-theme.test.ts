import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { pixelAt, type Rgb } from './support/pixels';
import { pixelOf, type TestCamera } from './support/projection';

const browser = useBrowser();
const KHARKIV: [number, number] = [36.25475, 49.98177];

/** Relative luminance on the 0–255 scale (Rec. 709 weights, no gamma: enough to tell dark from light). */
function luminance([r, g, b]: Rgb): number {
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A screenshot of a box centred on `point` of the map, as PNG bytes. */
async function crop(
	page: Page,
	camera: TestCamera,
	point: [number, number],
	box: { dx: number; dy: number; width: number; height: number }
): Promise<Buffer> {
	const map = (await page.getByTestId('map').boundingBox())!;
	const { x, y } = pixelOf(point, camera, map);
	return page.screenshot({
		clip: {
			x: Math.round(x + box.dx),
			y: Math.round(y + box.dy),
			width: box.width,
			height: box.height
		}
	});
}

describe('Ukrainian', () => {
	// Ukrainian readers get their own place names and a document the screen reader reads as Ukrainian.
	it('names the places in Ukrainian and marks the page lang="uk"', async () => {
		const tracked = await browser.open('/?lang=uk');
		const list = tracked.page.getByRole('navigation');
		await expect.poll(() => list.textContent()).toContain('Харків');
		expect(await list.textContent()).toContain('Покровськ');
		await expect.poll(() => tracked.page.evaluate(() => document.documentElement.lang)).toBe('uk');
		expectClean(tracked);
	});

	// Screen readers announce the map canvas in the reader's language, also after switching.
	it('names the map canvas in the language the reader switches to', async () => {
		const tracked = await browser.open('/');
		const { page } = tracked;
		await waitForMapIdle(page);
		const canvas = page.locator('canvas.maplibregl-canvas');
		expect(await canvas.getAttribute('aria-label')).toMatch(/^Map of north-eastern Ukraine/);
		await page.getByRole('button', { name: 'Українською' }).click();
		await expect.poll(() => canvas.getAttribute('aria-label')).toMatch(/^Мапа північного сходу/);
		expectClean(tracked);
	});

	// The map labels switch language too: Kharkiv's label pixels differ between en and uk, the rest not.
	it('draws Kharkiv’s map label in Ukrainian', async () => {
		const camera: TestCamera = { zoom: 8, center: [36.5, 49.98] };
		const hash = '#map=8/49.98/36.5';
		const label = { dx: -60, dy: -30, width: 160, height: 60 };
		/** Open country north-west of Kharkiv: no place, label, region or front line at this zoom. */
		const empty = { dx: -40, dy: -40, width: 40, height: 40 };
		const EMPTY: [number, number] = [35.6, 50.35];
		const shots: Record<string, { label: Buffer; empty: Buffer }> = {};
		for (const lang of ['en', 'uk']) {
			const tracked = await browser.open(`/?lang=${lang}${hash}`);
			await waitForMapIdle(tracked.page);
			shots[lang] = {
				label: await crop(tracked.page, camera, KHARKIV, label),
				empty: await crop(tracked.page, camera, EMPTY, empty)
			};
			expectClean(tracked);
		}
		expect(shots.en!.label.equals(shots.uk!.label)).toBe(false);
		expect(shots.en!.empty.equals(shots.uk!.empty)).toBe(true);
	});

	// Quotes are verbatim English; a screen reader must not read them with Ukrainian rules.
	it('keeps every quote marked lang="en" under ?lang=uk', async () => {
		const tracked = await browser.open('/?lang=uk&place=kharkiv');
		const quotes = tracked.page.getByTestId('place-panel').locator('blockquote');
		await expect.poll(() => quotes.count()).toBeGreaterThan(0);
		expect(await quotes.evaluateAll((all) => all.map((q) => q.getAttribute('lang')))).toEqual(
			Array(await quotes.count()).fill('en')
		);
		expectClean(tracked);
	});
});

describe('themes', () => {
	const camera: TestCamera = { zoom: 6, center: [34.5, 47.0] };
	const hash = '#map=6/47/34.5';
	/** Farmland in Poltava/Kirovohrad oblasts, far from every overlay and label. */
	const LAND: [number, number] = [33.5, 49.0];

	async function measure(path: string, context: BrowserContextOptions = {}) {
		const tracked = await browser.open(path + hash, { context });
		await waitForMapIdle(tracked.page);
		const box = (await tracked.page.getByTestId('map').boundingBox())!;
		const { x, y } = pixelOf(LAND, camera, box);
		const land = luminance(await pixelAt(tracked.page, x, y));
		const background = await tracked.page.evaluate(() => {
			const rgb = getComputedStyle(document.querySelector('.app')!).backgroundColor;
			return (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number) as Rgb;
		});
		expectClean(tracked);
		return { land, page: luminance(background) };
	}

	// A reader who asks for dark gets a dark map and page, not just dark panels.
	it('renders dark with ?theme=dark', async () => {
		const { land, page } = await measure('/?theme=dark');
		expect(land).toBeLessThan(60);
		expect(page).toBeLessThan(60);
	});

	// With no ?theme=, the system's dark preference decides.
	it('follows prefers-color-scheme: dark', async () => {
		const { land, page } = await measure('/', { colorScheme: 'dark' });
		expect(land).toBeLessThan(60);
		expect(page).toBeLessThan(60);
	});

	// An explicit ?theme=light (a shared link, an embed) wins over the system preference.
	it('stays light with ?theme=light on a dark system', async () => {
		const { land, page } = await measure('/?theme=light', { colorScheme: 'dark' });
		expect(land).toBeGreaterThan(200);
		expect(page).toBeGreaterThan(200);
	});
});
