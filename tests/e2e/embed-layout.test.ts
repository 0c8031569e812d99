/**
 * How an embed sizes itself in a host article (tests/fixtures/hosts/article.html): the `height`
 * option, the panel beside a wide map, and bounded growth when a reader opens a place.
 */
import { describe, expect, inject, it } from 'vitest';
import { componentSnippet, iframeSnippet } from '$lib/embed/snippets';
import { defaultAppState, type AppState } from '$lib/state/url-state';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { frameOf, heightQuiet, openHost } from './support/host-page';

const browser = useBrowser(['--disable-features=LocalNetworkAccessChecks']);
const origins = { app: inject('appOrigin'), host: inject('hostOrigin') };
const base = defaultAppState();
const PHONE = { viewport: { width: 390, height: 844 } };
const WIDE = { viewport: { width: 1280, height: 900 } };

const top = (iframe: import('playwright-core').Locator) =>
	iframe.evaluate((element) => element.getBoundingClientRect().top);
const mapHeight = (frame: import('playwright-core').Frame) =>
	frame.evaluate(() => document.querySelector('.map-area')!.getBoundingClientRect().height);

// A journalist picks the map's height; the element's attribute and the URL option agree and clamp.
it.each([
	['300', 300],
	['5000', 1000]
])('<frontline-map height="%s"> shows a %d px map', async (attribute, expected) => {
	const state: AppState = { ...base, place: 'kharkiv' };
	const snippet = `<figure class="wide">${componentSnippet(state, origins.app, '').replace(
		'<frontline-map',
		`<frontline-map height="${attribute}"`
	)}</figure>`;
	const tracked = await openHost(browser, origins, 'article.html', snippet, WIDE);
	const iframe = tracked.page.locator('frontline-map iframe');
	await iframe.scrollIntoViewIfNeeded();
	const frame = await frameOf(iframe);
	await waitForMapIdle(tracked.page, frame);
	expect(await mapHeight(frame)).toBe(expected);
	// Beside a wide map the panel scrolls in its own box, so the embed is exactly the map.
	await expect.poll(async () => (await iframe.boundingBox())!.height).toBe(expected);
	const side = await frame.evaluate(() => {
		const element = document.querySelector('.side')!;
		return { box: element.clientHeight, content: element.scrollHeight };
	});
	expect(side.box).toBe(expected);
	expect(side.content).toBeGreaterThan(side.box);
	expectClean(tracked);
});

describe('opening a place in a closed phone embed', () => {
	const state: AppState = { ...base, place: 'belgorod', embed: { ...base.embed, panel: 'closed' } };

	// Opening a place grows the article by at most about a map's height, below the reader's eyes;
	// "Show all statements" is the reader's choice; closing the panel gives the space back.
	it('grows by a bounded panel, keeps the host still, and shrinks back', async () => {
		const snippet = iframeSnippet(state, origins.app, '', 'story-map');
		const tracked = await openHost(browser, origins, 'article.html', snippet, PHONE);
		const { page } = tracked;
		const iframe = page.locator('iframe');
		await iframe.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		const frame = await frameOf(iframe);
		await waitForMapIdle(page, frame);
		await expect.poll(async () => (await heightQuiet(page)).sinceLast).toBeGreaterThan(500);
		const closed = (await iframe.boundingBox())!.height;
		const topBefore = await top(iframe);
		const map = await mapHeight(frame);

		// The first chip, in view: a click elsewhere in the row would make the test scroll the page.
		await frame.locator('button[data-place="kharkiv-oblast"]').click();
		const panel = frame.getByTestId('place-panel');
		await expect.poll(() => panel.count()).toBe(1);
		const showAll = frame.getByRole('button', { name: 'Show all statements' });
		await showAll.waitFor();
		await expect.poll(async () => (await heightQuiet(page)).sinceLast).toBeGreaterThan(500);
		const opened = (await iframe.boundingBox())!.height;
		expect(opened).toBeGreaterThan(closed);
		expect(opened - closed).toBeLessThanOrEqual(map + 120);
		expect(await top(iframe)).toBe(topBefore);

		await showAll.click();
		await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(opened);

		await panel.getByRole('button', { name: 'Close' }).click();
		await expect.poll(async () => (await iframe.boundingBox())!.height).toBe(closed);
		expectClean(tracked);
	});
});
