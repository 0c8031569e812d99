/**
 * Browser-test harness: Debian's Chromium driven by playwright-core, with WebGL through
 * SwiftShader. Every page records page errors, console errors and requests that leave the
 * allowed origins, so a test can assert the page stayed clean.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export interface TrackedPage {
	page: Page;
	/** Page errors and console errors, in order. */
	errors: string[];
	/** Requests to any origin other than the allowed ones. */
	offOrigin: string[];
}

export interface BrowserHandle {
	browser: () => Browser;
	open: (path: string, options?: OpenOptions) => Promise<TrackedPage>;
}

interface OpenOptions {
	context?: BrowserContextOptions;
	/** Extra Chromium context setup before navigation (routes, init scripts). */
	prepare?: (page: Page) => Promise<void>;
	/** Origins besides the app's that may be requested (host pages in embed tests). */
	allowOrigins?: string[];
	/** Navigate against this origin instead of the app's. */
	origin?: string;
	/** When `goto` returns; default `load`. */
	waitUntil?: 'commit' | 'domcontentloaded' | 'load';
}

/** Launches one browser for the test file and closes it afterwards. */
export function useBrowser(extraArgs: string[] = []): BrowserHandle {
	let browser: Browser | undefined;
	const pages: Page[] = [];
	beforeAll(async () => {
		browser = await chromium.launch({
			executablePath: CHROMIUM_PATH,
			args: [...CHROMIUM_ARGS, ...extraArgs]
		});
	});
	afterAll(async () => {
		await Promise.all(pages.map((p) => p.context().close()));
		await browser?.close();
	});
	return {
		browser: () => browser!,
		async open(path, options = {}) {
			const appOrigin = inject('appOrigin');
			const allowed = new Set([appOrigin, ...(options.allowOrigins ?? [])]);
			const context = await browser!.newContext({
				viewport: { width: 1200, height: 800 },
				...options.context
			});
			const page = await context.newPage();
			pages.push(page);
			const tracked: TrackedPage = { page, errors: [], offOrigin: [] };
			page.on('pageerror', (error) => tracked.errors.push(`pageerror: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error') tracked.errors.push(`console: ${message.text()}`);
			});
			await context.route(
				(url) => !['data:', 'blob:'].includes(url.protocol) && !allowed.has(url.origin),
				async (route) => {
					tracked.offOrigin.push(route.request().url());
					await route.abort('blockedbyclient');
				}
			);
			await options.prepare?.(page);
			await page.goto(new URL(path, options.origin ?? appOrigin).href, {
				waitUntil: options.waitUntil ?? 'load'
			});
			return tracked;
		}
	};
}

/** Waits until MapLibre reports `idle`: every source loaded and the frame drawn. */
export async function waitForMapIdle(
	page: Page,
	frame: Page | import('playwright-core').Frame = page
) {
	await frame.locator('[data-testid="map"][data-map-idle="true"]').waitFor({ timeout: 30_000 });
}

/** The page stayed clean: no page or console errors and no request left the allowed origins. */
export function expectClean(tracked: TrackedPage): void {
	expect(tracked.errors).toEqual([]);
	expect(tracked.offOrigin).toEqual([]);
}
