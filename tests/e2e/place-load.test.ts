import type { Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';

const browser = useBrowser();
const MAP_IDLE = '[data-testid="map"][data-map-idle="true"]';
/** The front of 25 July 2024 as areas: only the distances' "since the week before" row reads it. */
const EARLIER_FRONT = /\/2024-07-25\.[^/]*\.geojson$/;

// A page opened on a place shows that place's picture at once; the default view's picture, which
// it never shows, must not compete with the map for the network.
it('/?place=pokrovsk downloads its own first frame and not the default one', async () => {
	const frames: string[] = [];
	const tracked = await browser.open('/?place=pokrovsk', {
		prepare: async (page) => {
			page.on('request', (request: Request) => {
				const { pathname } = new URL(request.url());
				if (pathname.startsWith('/frames/')) frames.push(pathname);
			});
		}
	});
	await waitForMapIdle(tracked.page);
	expect(frames).toEqual(['/frames/pokrovsk.svg']);
	expectClean(tracked);
});

for (const path of ['/?place=pokrovsk', '/embed/?place=pokrovsk']) {
	// A deep link's statements are on screen as soon as the page is; the distances' geometry and
	// Turf work wait until the map has drawn, so they do not hold up the map (bench: place-load).
	it(`${path} shows the statements, then the distances once the map is idle`, async () => {
		const mapIdleAtFetch: boolean[] = [];
		const tracked = await browser.open(path, {
			prepare: async (page) => {
				await page.route(EARLIER_FRONT, async (route) => {
					mapIdleAtFetch.push((await page.locator(MAP_IDLE).count()) === 1);
					await route.continue();
				});
			}
		});
		const { page } = tracked;
		const panel = page.getByTestId('place-panel');
		await expect.poll(() => panel.textContent()).toContain('throwing everything they have');
		await page.locator('[data-testid="distances"] tr[data-to="border"]').waitFor();
		expect(mapIdleAtFetch).toEqual([true]);
		expectClean(tracked);
	});
}

/** An init script: `window.__mapIdleAt`, the moment the map is first marked idle. */
function recordMapIdle(): void {
	const w = window as unknown as { __mapIdleAt?: number };
	const observer = new MutationObserver(() => {
		if (w.__mapIdleAt !== undefined || !document.querySelector('[data-map-idle="true"]')) return;
		w.__mapIdleAt = performance.now();
		observer.disconnect();
	});
	observer.observe(document, {
		subtree: true,
		attributes: true,
		attributeFilter: ['data-map-idle']
	});
}

// The first screen counts, dates and filters the statements by reference only: their words, and
// each city's status on every snapshot, load with the place panel (bench: bytes.app-js).
it('/ downloads no statement’s words before its map is idle; the place panel then shows them', async () => {
	const tracked = await browser.open('/', {
		prepare: async (page) => {
			await page.addInitScript(recordMapIdle);
		}
	});
	const { page } = tracked;
	await waitForMapIdle(page);
	const early = await page.evaluate(async () => {
		const idleAt = (window as unknown as { __mapIdleAt: number }).__mapIdleAt;
		const scripts = performance
			.getEntriesByType('resource')
			.filter((entry) => entry.startTime < idleAt && /\.m?js$/.test(new URL(entry.name).pathname));
		return Promise.all(scripts.map((entry) => fetch(entry.name).then((r) => r.text())));
	});
	expect(early.length).toBeGreaterThan(3);
	for (const script of early) {
		expect(script).not.toContain('throwing everything they have');
		expect(script).not.toContain('ukrainian_controlled');
	}
	await page.locator('nav.place-list button', { hasText: 'Pokrovsk' }).click();
	const panel = page.getByTestId('place-panel');
	await expect.poll(() => panel.textContent()).toContain('throwing everything they have');
	expect(await panel.textContent()).toContain('Ukrainian-controlled');
	expectClean(tracked);
});
