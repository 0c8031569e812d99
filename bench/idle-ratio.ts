/**
 * Time from navigation start to the map's first `idle`, the app (all overlays) against a bare
 * MapLibre page with the same basemap style, geodata, camera and map size. Runs alternate
 * app/baseline (and swap order each pair) in fresh contexts; the figure is the median ratio.
 */
import type { Browser } from 'playwright-core';
import { APP_PATH, CAMERA, freshPage, idleAt, recordAppIdle } from './browser';
import { median, metric, round, type Metric } from './report';
import { BASELINE_PREFIX, type BenchServer } from './server';

const PAIRS = 7;

interface MapSize {
	w: number;
	h: number;
}

/** One app load: ms to idle and the map container's size. */
async function appRun(browser: Browser, origin: string): Promise<{ ms: number; size: MapSize }> {
	const { context, page, errors } = await freshPage(browser, origin);
	try {
		await page.addInitScript(recordAppIdle);
		await page.goto(new URL(APP_PATH, origin).href);
		const ms = await idleAt(page);
		const box = await page.locator('[data-testid="map"]').boundingBox();
		if (errors.length > 0) throw new Error(`app page errors: ${errors.join('; ')}`);
		return { ms, size: { w: Math.round(box?.width ?? 0), h: Math.round(box?.height ?? 0) } };
	} finally {
		await context.close();
	}
}

/** One baseline load at the app's map size: ms to idle. */
async function baselineRun(browser: Browser, origin: string, size: MapSize): Promise<number> {
	const { context, page, errors } = await freshPage(browser, origin);
	try {
		const query = new URLSearchParams({
			w: String(size.w),
			h: String(size.h),
			zoom: String(CAMERA.zoom),
			lat: String(CAMERA.lat),
			lng: String(CAMERA.lng)
		});
		await page.goto(new URL(`${BASELINE_PREFIX}?${query}`, origin).href);
		const ms = await idleAt(page);
		if (errors.length > 0) throw new Error(`baseline page errors: ${errors.join('; ')}`);
		return ms;
	} finally {
		await context.close();
	}
}

export async function measureIdleRatio(browser: Browser, server: BenchServer): Promise<Metric[]> {
	// One discarded run of each warms the disk cache and tells the baseline the app's map size.
	const warm = await appRun(browser, server.origin);
	const warmBaseline = await baselineRun(browser, server.origin, warm.size);
	const app: number[] = [];
	const baseline: number[] = [];
	for (let i = 0; i < PAIRS; i++) {
		if (i % 2 === 0) {
			app.push((await appRun(browser, server.origin)).ms);
			baseline.push(await baselineRun(browser, server.origin, warm.size));
		} else {
			baseline.push(await baselineRun(browser, server.origin, warm.size));
			app.push((await appRun(browser, server.origin)).ms);
		}
	}
	const ratios = app.map((ms, i) => ms / (baseline[i] as number));
	return [
		metric({
			id: 'idle.ratio',
			label: 'Time to map idle, app ÷ bare MapLibre',
			value: round(median(ratios), 2),
			unit: '×',
			budget: 1.15,
			raw: ratios.map((r) => round(r, 2)),
			note: `median of ${PAIRS} side-by-side pairs; map ${warm.size.w}×${warm.size.h} px at ${APP_PATH}`
		}),
		metric({
			id: 'idle.app-ms',
			label: 'Time to map idle, app (median)',
			value: round(median(app), 0),
			unit: 'ms',
			raw: app.map((ms) => round(ms, 0)),
			note: `navigation start → data-map-idle="true"; warm-up run ${round(warm.ms, 0)} ms`
		}),
		metric({
			id: 'idle.baseline-ms',
			label: 'Time to map idle, bare MapLibre (median)',
			value: round(median(baseline), 0),
			unit: 'ms',
			raw: baseline.map((ms) => round(ms, 0)),
			note: `navigation start → map.once('idle'); warm-up run ${round(warmBaseline, 0)} ms`
		})
	];
}
