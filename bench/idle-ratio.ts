/**
 * Time from navigation start to the map's first `idle`, the app (all overlays) against a bare
 * MapLibre page with the same basemap style, geodata, camera and map size. Runs alternate
 * app/baseline (and swap order each round) in fresh contexts; the figure is the median ratio.
 * Each round also loads the bare page with the app's overlays drawn from the same layer specs,
 * which splits the app's extra time into drawing the overlays and everything else.
 */
import type { Browser } from 'playwright-core';
import {
	APP_PATH,
	appMapSize,
	baselinePath,
	freshPage,
	idleAt,
	recordAppIdle,
	type MapSize
} from './browser';
import { medianMetric, round, type Metric } from './report';
import type { BenchServer } from './server';

const ROUNDS = 7;

/** One app load: ms to idle and the map container's size. */
async function appRun(browser: Browser, origin: string): Promise<{ ms: number; size: MapSize }> {
	const { context, page, errors } = await freshPage(browser, origin);
	try {
		await page.addInitScript(recordAppIdle);
		await page.goto(new URL(APP_PATH, origin).href);
		const ms = await idleAt(page);
		const size = await appMapSize(page);
		if (errors.length > 0) throw new Error(`app page errors: ${errors.join('; ')}`);
		return { ms, size };
	} finally {
		await context.close();
	}
}

/** One baseline load at the app's map size, with or without the app's overlays: ms to idle. */
async function baselineRun(
	browser: Browser,
	origin: string,
	size: MapSize,
	overlays = false
): Promise<number> {
	const { context, page, errors } = await freshPage(browser, origin);
	try {
		await page.goto(new URL(baselinePath(size, overlays), origin).href);
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
	const withOverlays: number[] = [];
	const runs = [
		async () => app.push((await appRun(browser, server.origin)).ms),
		async () => baseline.push(await baselineRun(browser, server.origin, warm.size)),
		async () => withOverlays.push(await baselineRun(browser, server.origin, warm.size, true))
	];
	for (let i = 0; i < ROUNDS; i++) {
		for (const run of i % 2 === 0 ? runs : [...runs].reverse()) await run();
	}
	const ratios = app.map((ms, i) => ms / (baseline[i] as number));
	const overlayRatios = withOverlays.map((ms, i) => ms / (baseline[i] as number));
	return [
		medianMetric(
			{
				id: 'idle.ratio',
				label: 'Time to map idle, app ÷ bare MapLibre',
				unit: '×',
				budget: 1.15,
				note: `median of ${ROUNDS} side-by-side rounds; map ${warm.size.w}×${warm.size.h} px at ${APP_PATH}`
			},
			ratios,
			2
		),
		medianMetric(
			{
				id: 'idle.overlays-ratio',
				label: "Time to map idle, bare MapLibre + the app's overlays ÷ bare",
				unit: '×',
				note: 'same layer specs as the app (src/lib/map/overlay-layers.ts); no budget: it splits the ratio above'
			},
			overlayRatios,
			2
		),
		medianMetric(
			{
				id: 'idle.app-ms',
				label: 'Time to map idle, app (median)',
				unit: 'ms',
				note: `navigation start → data-map-idle="true"; warm-up run ${round(warm.ms, 0)} ms`
			},
			app,
			0
		),
		medianMetric(
			{
				id: 'idle.baseline-ms',
				label: 'Time to map idle, bare MapLibre (median)',
				unit: 'ms',
				note: `navigation start → map.once('idle'); warm-up run ${round(warmBaseline, 0)} ms`
			},
			baseline,
			0
		)
	];
}
