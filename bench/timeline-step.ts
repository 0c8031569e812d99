/**
 * One step of the time-lapse slider → the next week's front painted (#20: ≤ 100 ms p95, after the
 * weekly data has arrived). Every week is first visited once, so its overlay file is fetched and
 * cached; then the slider is stepped a week at a time, back and forth over the series, measured
 * inside the page: the clock starts as the slider's `input` event is dispatched and stops on the
 * second `requestAnimationFrame` after the map, having started loading the week's overlay
 * (`data-map-idle` false, on MapLibre's `dataloading`), is idle again (all drawn).
 */
import type { Browser, Page } from 'playwright-core';
import { APP_PATH, MAP_IDLE_SELECTOR, freshPage, idleAt, recordAppIdle, sleep } from './browser';
import { metric, quantile, round, type Metric } from './report';
import type { BenchServer } from './server';

const STEPS = 40;
const SLIDER = 'input[type="range"][aria-label="Week shown on the map"]';

interface Timing {
	/** Dispatch → the week's date label in the DOM (the app's own update). */
	dom: number;
	/** Dispatch → double rAF after the map is idle with the week's data. */
	paint: number;
}

/** Runs in the page: moves the slider to `to` and times the label and the painted map. */
function stepAndTime(args: { selector: string; to: number }): Promise<Timing> {
	const slider = document.querySelector<HTMLInputElement>(args.selector);
	const map = document.querySelector('[data-testid="map"]');
	const label = document.querySelector('[data-testid="time-lapse-date"]');
	if (!slider || !map || !label) return Promise.reject(new Error('no slider, map or date label'));
	const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
	const before = label.textContent;
	let dom = Number.NaN;
	let busy = false;
	let observer: MutationObserver | undefined;
	let timeout: ReturnType<typeof setTimeout> | undefined;
	const start = performance.now();
	const drawn = new Promise<void>((resolve, reject) => {
		observer = new MutationObserver(() => {
			if (Number.isNaN(dom) && label.textContent !== before) dom = performance.now() - start;
			const idle = map.getAttribute('data-map-idle') === 'true';
			if (!idle) busy = true;
			else if (busy) resolve();
		});
		observer.observe(document.body, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true,
			attributeFilter: ['data-map-idle']
		});
		timeout = setTimeout(() => reject(new Error(`step to ${args.to} never painted`)), 10_000);
	});
	slider.value = String(args.to);
	slider.dispatchEvent(new Event('input', { bubbles: true }));
	return drawn
		.then(async () => {
			await frame();
			await frame();
			return { dom, paint: performance.now() - start };
		})
		.finally(() => {
			observer?.disconnect();
			clearTimeout(timeout);
		});
}

/** Steps to `to` and lets the map rest, returning the step's timing. */
async function stepTo(page: Page, to: number): Promise<Timing> {
	const timing = await page.evaluate(stepAndTime, { selector: SLIDER, to });
	await page.locator(MAP_IDLE_SELECTOR).waitFor({ timeout: 30_000 });
	await sleep(100);
	return timing;
}

export async function measureTimelineStep(
	browser: Browser,
	server: BenchServer
): Promise<Metric[]> {
	const { context, page, errors } = await freshPage(browser, server.origin);
	try {
		await page.addInitScript(recordAppIdle);
		await page.goto(new URL(APP_PATH, server.origin).href);
		await idleAt(page);
		const last = Number(await page.locator(SLIDER).getAttribute('max'));
		if (!(last >= 1)) throw new Error(`the slider has no steps (max ${last})`);
		// Every week once, so each week's data has arrived before the measured steps.
		for (let i = 0; i <= last; i++) await stepTo(page, i);
		const timings: Timing[] = [];
		let at = last;
		let direction = -1;
		for (let i = 0; i < STEPS; i++) {
			if (at + direction < 0 || at + direction > last) direction = -direction;
			at += direction;
			timings.push(await stepTo(page, at));
		}
		if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
		const paint = timings.map((t) => t.paint);
		const dom = timings.map((t) => t.dom);
		return [
			metric({
				id: 'timeline.step-ms',
				label: 'Slider step → week painted, p95',
				value: round(quantile(paint, 0.95), 1),
				unit: 'ms',
				budget: 100,
				raw: paint.map((ms) => round(ms, 1)),
				note: `${STEPS} one-week steps back and forth over ${last + 1} weeks, each week's data cached first, map idle before each`
			}),
			metric({
				id: 'timeline.step-dom-p95',
				label: 'Slider step → date label in DOM, p95',
				value: round(quantile(dom, 0.95), 1),
				unit: 'ms',
				raw: dom.map((ms) => round(ms, 1)),
				note: 'the app’s own update, before any frame'
			})
		];
	} finally {
		await context.close();
	}
}
