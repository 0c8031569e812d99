/**
 * Chromium for the bench, launched exactly like the e2e harness (`tests/e2e/support/browser.ts`):
 * Debian's `/usr/bin/chromium` through playwright-core, WebGL through SwiftShader.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium';
import { BASELINE_PREFIX } from './server';

/** Every page of the bench uses this viewport, app and baseline alike. */
const VIEWPORT = { width: 1200, height: 800 };

/** The camera every timed page opens with: zoom 7 over Kharkiv–Donetsk. */
export const CAMERA = { zoom: 7, lat: 49.2, lng: 36.9 };
export const APP_PATH = `/#map=${CAMERA.zoom}/${CAMERA.lat}/${CAMERA.lng}`;

/** The map container of the app, once MapLibre has reported `idle`. */
export const MAP_IDLE_SELECTOR = '[data-testid="map"][data-map-idle="true"]';

/** The map container's size in CSS px. */
export interface MapSize {
	w: number;
	h: number;
}

/** The app's map container size, so the baseline can be drawn at the same size. */
export async function appMapSize(page: Page): Promise<MapSize> {
	const box = await page.locator('[data-testid="map"]').boundingBox();
	return { w: Math.round(box?.width ?? 0), h: Math.round(box?.height ?? 0) };
}

/** The bare-MapLibre baseline at `size` and {@link CAMERA}; `overlays` adds the app's overlays. */
export function baselinePath(size: MapSize, overlays = false): string {
	const query = new URLSearchParams({
		w: String(size.w),
		h: String(size.h),
		zoom: String(CAMERA.zoom),
		lat: String(CAMERA.lat),
		lng: String(CAMERA.lng),
		...(overlays ? { overlays: '1' } : {})
	});
	return `${BASELINE_PREFIX}?${query}`;
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
}

/**
 * A fresh context (empty cache, no storage) and page, closed with the returned `close`.
 * Requests that leave `origin` are aborted so a stray fetch cannot skew timings.
 */
async function freshPage(
	browser: Browser,
	origin: string
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	// tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(…)`; functions
	// serialized into the page (evaluate, init scripts) need that helper to exist there too.
	await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
	await context.route(
		(url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin,
		(route) => route.abort('blockedbyclient')
	);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return { context, page, errors };
}

/** How {@link atMapIdle} opens its page. */
export interface LoadOptions {
	/** Init scripts, in order, added before navigation (the app's pages: `recordAppIdle`). */
	initScripts?: (() => void)[];
	/** Runs after the init scripts, just before navigation (a screencast, a cleared log). */
	beforeLoad?: (page: Page) => Promise<void>;
	/** ms to wait for the map's first idle; 60 s by default. */
	idleTimeout?: number;
}

/**
 * The set-up every bench step shares: opens `path` in a {@link freshPage}, waits for the map's first
 * idle and hands the page and the idle time (ms since navigation) to `atIdle`. Throws if the page
 * reported an error by the time `atIdle` is done; always closes the context.
 */
export async function atMapIdle<T>(
	browser: Browser,
	origin: string,
	path: string,
	options: LoadOptions,
	atIdle: (page: Page, idleMs: number) => Promise<T>
): Promise<T> {
	const { context, page, errors } = await freshPage(browser, origin);
	try {
		for (const script of options.initScripts ?? []) await page.addInitScript(script);
		await options.beforeLoad?.(page);
		await page.goto(new URL(path, origin).href);
		const result = await atIdle(page, await idleAt(page, options.idleTimeout));
		if (errors.length > 0) throw new Error(`${path}: page errors: ${errors.join('; ')}`);
		return result;
	} finally {
		await context.close();
	}
}

/**
 * An init script that stores `performance.now()` in `window.__benchIdleAt` the first time the
 * app's map container gets `data-map-idle="true"` (a MutationObserver fires in the same task).
 */
export function recordAppIdle(): void {
	const w = window as unknown as { __benchIdleAt?: number };
	const check = (observer: MutationObserver) => {
		if (w.__benchIdleAt !== undefined) return;
		const map = document.querySelector('[data-testid="map"][data-map-idle="true"]');
		if (!map) return;
		w.__benchIdleAt = performance.now();
		observer.disconnect();
	};
	const observer = new MutationObserver(() => check(observer));
	observer.observe(document, {
		subtree: true,
		attributes: true,
		attributeFilter: ['data-map-idle']
	});
}

/**
 * An init script that stores `performance.now()` in `window.__benchMapCreatedAt` when the page
 * first asks for a WebGL context: the moment MapLibre creates its map, on any page.
 */
export function recordMapCreation(): void {
	const w = window as unknown as { __benchMapCreatedAt?: number };
	const getContext = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (
		this: HTMLCanvasElement,
		type: string,
		...rest: unknown[]
	) {
		if (type.startsWith('webgl')) w.__benchMapCreatedAt ??= performance.now();
		return (getContext as (...args: unknown[]) => RenderingContext | null).call(
			this,
			type,
			...rest
		);
	} as typeof getContext;
}

/** `window.__benchMapCreatedAt` (see {@link recordMapCreation}); throws if no map was created. */
export async function mapCreatedAt(page: Page): Promise<number> {
	const at = await page.evaluate(
		() => (window as unknown as { __benchMapCreatedAt?: number }).__benchMapCreatedAt
	);
	if (at === undefined) throw new Error('the page never asked for a WebGL context');
	return at;
}

/** Waits for `window.__benchIdleAt` (set by the app's init script or by the baseline page). */
async function idleAt(page: Page, timeout = 60_000): Promise<number> {
	const handle = await page.waitForFunction(
		() => (window as unknown as { __benchIdleAt?: number }).__benchIdleAt,
		undefined,
		{ timeout, polling: 50 }
	);
	return (await handle.jsonValue()) as number;
}

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
