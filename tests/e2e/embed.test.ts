/**
 * The embed as a third-party host sees it: host pages on a second origin paste the snippets from
 * `$lib/embed/snippets` (templates in tests/fixtures/hosts/, filled in per test).
 */
import type { BrowserContextOptions, Frame, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { componentSnippet, iframeSnippet } from '$lib/embed/snippets';
import { EMBED_MAP_HEIGHT } from '$lib/state/embed-options';
import { defaultAppState, type AppState } from '$lib/state/url-state';
import { expectClean, useBrowser, waitForMapIdle, type TrackedPage } from './support/browser';
import { frameOf, openHost as openHostPage } from './support/host-page';

// Host pages are fulfilled by the test, so Chromium sees them as public pages and would block their
// requests to the app on 127.0.0.1 (Local Network Access). Deployed, both sides are public.
const browser = useBrowser(['--disable-features=LocalNetworkAccessChecks']);
const appOrigin = inject('appOrigin');
const hostOrigin = inject('hostOrigin');

const pokrovsk: AppState = { ...defaultAppState(), place: 'pokrovsk' };
const kharkivUk: AppState = { ...defaultAppState(), place: 'kharkiv', lang: 'uk' };
const POKROVSK_QUOTE = 'throwing everything they have';

/** A window narrower than 760 px: the embed stacks its panel under the map and grows with it. */
const NARROW = { viewport: { width: 600, height: 800 } };

/** Opens a host page on the host origin, its `{{app}}` and `<!-- snippet -->` filled in. */
function openHost(
	name: string,
	snippet = '',
	context?: BrowserContextOptions
): Promise<TrackedPage> {
	return openHostPage(browser, { app: appOrigin, host: hostOrigin }, name, snippet, context);
}

/** Scrolls an embed into view (it creates its map only then) and waits for the map to settle. */
async function showEmbed(page: Page, iframe: Locator): Promise<Frame> {
	await iframe.scrollIntoViewIfNeeded();
	const frame = await frameOf(iframe);
	await waitForMapIdle(page, frame);
	return frame;
}

const iframeHeight = (iframe: Locator) =>
	iframe.evaluate((element) => element.getBoundingClientRect().height);

/** The iframe's height once it matches the embedded page's content height, else null. */
async function fittedHeight(iframe: Locator, frame: Frame): Promise<number | null> {
	const outer = await iframeHeight(iframe);
	const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
	return outer === inner ? outer : null;
}

describe('the iframe snippet on another origin', () => {
	const snippet = () => iframeSnippet(pokrovsk, appOrigin, '', 'story-map');

	// The basic promise of an embed: a host page on any origin shows the map and the article's quote.
	it('shows the map and the Pokrovsk panel', async () => {
		const tracked = await openHost('iframe.html', snippet());
		const frame = await showEmbed(tracked.page, tracked.page.locator('iframe'));
		await expect
			.poll(() => frame.getByTestId('place-panel').textContent())
			.toContain(POKROVSK_QUOTE);
		expectClean(tracked);
	});

	// Hosts can't know the embed's height; embed.js must follow it as the reader opens and closes panels.
	it('follows the content height when the panel closes and opens again', async () => {
		const tracked = await openHost('iframe.html', snippet(), NARROW);
		const iframe = tracked.page.locator('iframe');
		const frame = await showEmbed(tracked.page, iframe);
		const panel = frame.getByTestId('place-panel');
		await expect.poll(() => panel.textContent()).toContain(POKROVSK_QUOTE);
		await expect.poll(() => fittedHeight(iframe, frame)).not.toBeNull();
		const open = await iframeHeight(iframe);
		expect(open).not.toBe(EMBED_MAP_HEIGHT.default);

		await panel.getByRole('button', { name: 'Close' }).click();
		await expect.poll(() => panel.count()).toBe(0);
		await expect
			.poll(async () => {
				const height = await fittedHeight(iframe, frame);
				return height !== null && height !== open;
			})
			.toBe(true);

		await frame.locator('button[data-place="pokrovsk"]').click();
		await expect.poll(() => panel.textContent()).toContain(POKROVSK_QUOTE);
		await expect.poll(() => fittedHeight(iframe, frame)).toBe(open);
		expectClean(tracked);
	});

	// A host may add the loader after the embed has loaded; the embed must then post its height again.
	it('fits the iframe when embed.js arrives after the embed has loaded', async () => {
		const withoutLoader = snippet().replace(/<script[^>]*embed\.js[^>]*><\/script>/, '');
		expect(withoutLoader).not.toContain('embed.js');
		const tracked = await openHost('iframe.html', withoutLoader, NARROW);
		const iframe = tracked.page.locator('iframe');
		const frame = await showEmbed(tracked.page, iframe);
		expect(await fittedHeight(iframe, frame)).toBeNull();
		await tracked.page.addScriptTag({ url: `${appOrigin}/embed.js` });
		await expect.poll(() => fittedHeight(iframe, frame)).not.toBeNull();
		expectClean(tracked);
	});

	// Embeds sit in scrolling articles: a plain wheel must scroll the article, not trap the reader in the map.
	it('scrolls the host page, not the map, on a wheel without Ctrl', async () => {
		const tracked = await openHost('iframe.html', snippet());
		const { page } = tracked;
		const iframe = page.locator('iframe');
		const frame = await showEmbed(page, iframe);
		const map = (await frame.getByTestId('map').boundingBox())!;
		const hashBefore = await frame.evaluate(() => location.hash);
		const scrollBefore = await page.evaluate(() => scrollY);

		await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);
		// MapLibre shows its "use Ctrl + scroll" hint once it has seen, and declined, the wheel.
		await frame.locator('.maplibregl-cooperative-gesture-screen.maplibregl-show').waitFor();
		await waitForMapIdle(page, frame);
		expect(await frame.evaluate(() => location.hash)).toBe(hashBefore);
		expectClean(tracked);
	});

	// The builder promises an offline-capable embed: nothing may reach a third origin (CDNs, fonts, analytics).
	it('requests nothing outside the app and host origins', async () => {
		const origins = new Set<string>();
		const tracked = await openHost('iframe.html', snippet());
		tracked.page.on('request', (request) => void origins.add(new URL(request.url()).origin));
		const iframe = tracked.page.locator('iframe');
		const frame = await showEmbed(tracked.page, iframe);
		await frame.locator('button[data-place="kharkiv"]').click();
		await waitForMapIdle(tracked.page, frame);
		expect(origins.has(appOrigin)).toBe(true);
		expect([...origins].filter((o) => o !== appOrigin && o !== hostOrigin)).toEqual([]);
		expectClean(tracked);
	});
});

// Several embeds on one page each get their own height, whatever their order or language.
it('renders two <frontline-map> elements as two sized iframes without errors', async () => {
	const snippet = [pokrovsk, kharkivUk]
		.map((state) => componentSnippet(state, appOrigin, ''))
		.join('\n');
	const tracked = await openHost('components.html', snippet, NARROW);
	const iframes = tracked.page.locator('frontline-map iframe');
	await expect.poll(() => iframes.count()).toBe(2);
	const srcs = await iframes.evaluateAll((frames) =>
		frames.map((f) => (f as HTMLIFrameElement).src)
	);
	expect(srcs[0]).toMatch(/\/embed\/\?place=pokrovsk&id=frontline-/);
	expect(srcs[1]).toMatch(/\/embed\/\?place=kharkiv&lang=uk&id=frontline-/);
	expect(new URL(srcs[0]!).searchParams.get('id')).not.toBe(
		new URL(srcs[1]!).searchParams.get('id')
	);

	for (const iframe of await iframes.all()) {
		const frame = await showEmbed(tracked.page, iframe);
		await expect.poll(() => fittedHeight(iframe, frame)).not.toBeNull();
		expect(await iframeHeight(iframe)).not.toBe(EMBED_MAP_HEIGHT.default);
	}
	expect(await tracked.page.locator('frontline-map a').first().isVisible()).toBe(false);
	expectClean(tracked);
});

describe.each([
	['csp.html', () => componentSnippet(pokrovsk, appOrigin, '')],
	['sandboxed.html', () => '']
])('the embed on %s', (name, snippet) => {
	// Careful hosts lock pages down with CSP or sandboxing; the embed must still work there, error-free.
	it('shows the map idle, sized, and without errors', async () => {
		const tracked = await openHost(name, snippet());
		const iframe = tracked.page.locator('frontline-map iframe, body > iframe');
		const frame = await showEmbed(tracked.page, iframe);
		await expect
			.poll(() => frame.getByTestId('place-panel').textContent())
			.toContain(POKROVSK_QUOTE);
		await expect.poll(() => fittedHeight(iframe, frame)).not.toBeNull();
		expectClean(tracked);
	});
});

// "Embed this view" hands journalists snippets for exactly what they are looking at, with a preview.
it('builds iframe and web-component snippets for the current view, with a live preview', async () => {
	const tracked = await browser.open('/?place=pokrovsk');
	await tracked.page.getByText('Embed this view').click();
	const iframeCode = tracked.page.getByLabel('<iframe>');
	await expect.poll(() => iframeCode.inputValue()).toContain('/embed/?place=pokrovsk');
	expect(await tracked.page.getByLabel('<frontline-map>').inputValue()).toContain(
		'<frontline-map place="pokrovsk"'
	);
	// The preview is rebuilt when the view changes (the map easing to Pokrovsk), so re-resolve it.
	const preview = tracked.page.frameLocator('details iframe');
	await expect.poll(() => preview.getByTestId('place-panel').count()).toBe(1);
	expectClean(tracked);
});

// The builder offers what an embed supports and previews it at the widths it will be read at.
it('puts the chosen options in the snippets and previews a column and a phone', async () => {
	const tracked = await browser.open('/?place=pokrovsk');
	const { page } = tracked;
	await page.getByText('Embed this view').click();
	await page.getByLabel('Open the place’s statements at the start').uncheck();
	await page.getByLabel('Map height (px)').fill('520');
	await page.getByLabel('Theme', { exact: true }).selectOption('dark');
	await page.getByLabel('Language', { exact: true }).selectOption('uk');
	await page.getByRole('checkbox', { name: 'Legend', exact: true }).uncheck();
	const iframeCode = page.getByLabel('<iframe>');
	await expect.poll(() => iframeCode.inputValue()).toContain('height=520');
	const src = new URL(
		/src="([^"]+)"/.exec(await iframeCode.inputValue())![1]!.replaceAll('&amp;', '&')
	);
	expect(Object.fromEntries(src.searchParams)).toMatchObject({
		place: 'pokrovsk',
		panel: 'closed',
		height: '520',
		theme: 'dark',
		lang: 'uk',
		controls: 'zoom,list,fullscreen'
	});
	expect(await iframeCode.inputValue()).toContain('height:520px');
	expect(await page.getByLabel('<frontline-map>').inputValue()).toContain('height="520"');

	const preview = page.locator('details iframe');
	const innerWidth = async () =>
		(await (await preview.elementHandle())!.contentFrame())!.evaluate(() => innerWidth);
	await expect.poll(innerWidth).toBe(680);
	await page.getByLabel('Phone, 390 px').check();
	await expect.poll(innerWidth).toBe(390);
	expectClean(tracked);
});
