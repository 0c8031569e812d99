/**
 * Click on a place in the list → the statement panel painted with its heading, measured inside
 * the page so Playwright's round trips don't count: `.click()` is dispatched in `page.evaluate`,
 * and the clock stops on the second `requestAnimationFrame` after the heading is in the DOM
 * (the first runs before that frame's paint, the second after it).
 */
import type { Browser, Page } from 'playwright-core';
import { APP_PATH, atMapIdle, MAP_IDLE_SELECTOR, recordAppIdle, sleep } from './browser';
import { metric, quantile, quantileMetric, round, type Metric } from './report';
import type { BenchServer } from './server';

const CLICKS = 50;
const HIDDEN_CLICKS = 10;

interface Timing {
	/** Click dispatch → new heading in the DOM (the app's own JS work). */
	dom: number;
	/** Click dispatch → double rAF after that (the frame with the panel has been painted). */
	paint: number;
}

/**
 * Runs in the page: clicks one place's button, notes when the panel's heading shows its name
 * (a MutationObserver fires right after the app's update), then waits two animation frames.
 */
function clickAndTime(args: { id: string; name: string }): Promise<Timing> {
	const heading = () =>
		document.querySelector('[data-testid="place-panel"] h2')?.textContent?.trim() ?? null;
	const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
	const button = document.querySelector<HTMLButtonElement>(`button[data-place="${args.id}"]`);
	if (!button) return Promise.reject(new Error(`no button for ${args.id}`));
	let observer: MutationObserver | undefined;
	let timeout: ReturnType<typeof setTimeout> | undefined;
	const shown = new Promise<number>((resolve, reject) => {
		const check = () => {
			if (heading() === args.name) resolve(performance.now());
		};
		observer = new MutationObserver(check);
		observer.observe(document.body, { subtree: true, childList: true, characterData: true });
		timeout = setTimeout(() => reject(new Error(`panel never showed "${args.name}"`)), 10_000);
	});
	const start = performance.now();
	button.click();
	const now = heading() === args.name ? Promise.resolve(performance.now()) : shown;
	return now
		.then(async (seen) => {
			await frame();
			await frame();
			return { dom: seen - start, paint: performance.now() - start };
		})
		.finally(() => {
			observer?.disconnect();
			clearTimeout(timeout);
		});
}

export async function placeButtons(page: Page): Promise<{ id: string; name: string }[]> {
	return page.$$eval('button[data-place]', (buttons) =>
		buttons.map((b) => ({
			id: b.getAttribute('data-place') ?? '',
			name: b.querySelector('.name')?.textContent?.trim() ?? ''
		}))
	);
}

/** Clicks `count` places in turn, letting the map come to rest after each. */
export async function runClicks(
	page: Page,
	places: { id: string; name: string }[],
	count: number
): Promise<Timing[]> {
	const timings: Timing[] = [];
	for (let i = 0; i < count; i++) {
		const place = places[i % places.length] as { id: string; name: string };
		timings.push(await page.evaluate(clickAndTime, place));
		// Let the camera ease finish, so every click starts from a resting map.
		await page.locator(MAP_IDLE_SELECTOR).waitFor({ timeout: 30_000 });
		await sleep(100);
	}
	return timings;
}

export async function measureClickLatency(
	browser: Browser,
	server: BenchServer
): Promise<Metric[]> {
	return atMapIdle(
		browser,
		server.origin,
		APP_PATH,
		{ initScripts: [recordAppIdle] },
		async (page) => {
			const places = await placeButtons(page);
			if (places.length < 2) throw new Error(`need at least 2 places, found ${places.length}`);
			const timings = await runClicks(page, places, CLICKS);
			// Diagnosis: the same clicks with the map canvas hidden, i.e. the panel's own cost.
			// Set from script: an injected <style> would be refused by the page's CSP.
			await page.evaluate(() =>
				document
					.querySelectorAll<HTMLElement>('.maplibregl-canvas')
					.forEach((canvas) => (canvas.style.visibility = 'hidden'))
			);
			const hidden = await runClicks(page, places, HIDDEN_CLICKS);
			const paint = timings.map((t) => t.paint);
			const dom = timings.map((t) => t.dom);
			const hiddenPaint = hidden.map((t) => t.paint);
			const note = `${CLICKS} clicks cycling through ${places.length} places, map idle before each`;
			return [
				quantileMetric(
					{ id: 'click.p95', label: 'Click → panel painted, p95', unit: 'ms', budget: 50, note },
					paint,
					0.95
				),
				metric({
					id: 'click.p50',
					label: 'Click → panel painted, p50',
					value: round(quantile(paint, 0.5), 1),
					unit: 'ms',
					raw: 'see click.p95'
				}),
				quantileMetric(
					{
						id: 'click.dom-p95',
						label: 'Click → heading in DOM, p95',
						unit: 'ms',
						note: 'the app’s own JS work (Svelte update), before any frame'
					},
					dom,
					0.95
				),
				quantileMetric(
					{
						id: 'click.hidden-map-p95',
						label: 'Click → panel painted, map hidden, p95',
						unit: 'ms',
						note: `diagnosis: ${HIDDEN_CLICKS} clicks with the MapLibre canvas visibility:hidden`
					},
					hiddenPaint,
					0.95
				)
			];
		}
	);
}
