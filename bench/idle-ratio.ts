/**
 * Time from navigation start to the map's first `idle`, the app (all overlays) against a bare
 * MapLibre page with the same basemap style, geodata, camera and map size. Runs alternate
 * app/baseline (and swap order each round) in fresh contexts; the figure is the median ratio.
 * Two splits explain the app's extra time: each round also loads the bare page with the app's
 * overlays drawn from the same layer specs (what drawing the overlays costs, and what the app
 * costs beyond the same map content), and every load records when its map was created (the
 * app's start-up against the map's own load).
 */
import type { Browser } from 'playwright-core';
import {
	APP_PATH,
	appMapSize,
	atMapIdle,
	baselinePath,
	mapCreatedAt,
	type MapSize,
	recordAppIdle,
	recordMapCreation
} from './browser';
import { medianMetric, perRoundRatios, round, type Metric } from './report';
import type { BenchServer } from './server';

const ROUNDS = 7;

/** One load: ms from navigation to idle, and to the map's creation. */
interface Load {
	ms: number;
	createdAt: number;
}

/** One app load, and the map container's size. */
async function appRun(browser: Browser, origin: string): Promise<Load & { size: MapSize }> {
	return atMapIdle(
		browser,
		origin,
		APP_PATH,
		{ initScripts: [recordMapCreation, recordAppIdle] },
		async (page, ms) => {
			const size = await appMapSize(page);
			return { ms, createdAt: await mapCreatedAt(page), size };
		}
	);
}

/** One baseline load at the app's map size, with or without the app's overlays. */
async function baselineRun(
	browser: Browser,
	origin: string,
	size: MapSize,
	overlays = false
): Promise<Load> {
	const path = baselinePath(size, overlays);
	return atMapIdle(
		browser,
		origin,
		path,
		{ initScripts: [recordMapCreation] },
		async (page, ms) => ({
			ms,
			createdAt: await mapCreatedAt(page)
		})
	);
}

export async function measureIdleRatio(browser: Browser, server: BenchServer): Promise<Metric[]> {
	// One discarded run of each warms the disk cache and tells the baseline the app's map size.
	const warm = await appRun(browser, server.origin);
	const warmBaseline = await baselineRun(browser, server.origin, warm.size);
	const apps: Load[] = [];
	const baselines: Load[] = [];
	const withOverlays: Load[] = [];
	const runs = [
		async () => apps.push(await appRun(browser, server.origin)),
		async () => baselines.push(await baselineRun(browser, server.origin, warm.size)),
		async () => withOverlays.push(await baselineRun(browser, server.origin, warm.size, true))
	];
	for (let i = 0; i < ROUNDS; i++) {
		for (const run of i % 2 === 0 ? runs : [...runs].reverse()) await run();
	}
	const app = apps.map((load) => load.ms);
	const baseline = baselines.map((load) => load.ms);
	const overlays = withOverlays.map((load) => load.ms);
	const afterCreation = (loads: Load[]) => loads.map((load) => load.ms - load.createdAt);
	return [
		medianMetric(
			{
				id: 'idle.ratio',
				label: 'Time to map idle, app ÷ bare MapLibre',
				unit: '×',
				note: `no budget since #23 (see idle.app-over-overlays-ratio): median of ${ROUNDS} side-by-side rounds; map ${warm.size.w}×${warm.size.h} px at ${APP_PATH}`
			},
			perRoundRatios(app, baseline),
			2
		),
		medianMetric(
			{
				id: 'idle.overlays-ratio',
				label: "Time to map idle, bare MapLibre + the app's overlays ÷ bare",
				unit: '×',
				note: 'same layer specs as the app (src/lib/map/overlay-layers.ts); no budget: it splits the ratio above'
			},
			perRoundRatios(overlays, baseline),
			2
		),
		medianMetric(
			{
				id: 'idle.app-over-overlays-ratio',
				label: "Time to map idle, app ÷ bare MapLibre + the app's overlays",
				unit: '×',
				budget: 1.1,
				note: 'the idle budget (#23): the same map content on both pages, so what the app adds beyond MapLibre drawing its overlays'
			},
			perRoundRatios(app, overlays),
			2
		),
		medianMetric(
			{
				id: 'idle.after-creation-ratio',
				label: 'Time from map creation to idle, app ÷ bare MapLibre',
				unit: '×',
				note: 'creation = the first WebGL context; no budget: it leaves out the start-up of both pages'
			},
			perRoundRatios(afterCreation(apps), afterCreation(baselines)),
			2
		),
		medianMetric(
			{
				id: 'idle.app-created-ms',
				label: 'Time to map creation, app (median)',
				unit: 'ms',
				note: 'navigation start → the first WebGL context'
			},
			apps.map((load) => load.createdAt),
			0
		),
		medianMetric(
			{
				id: 'idle.baseline-created-ms',
				label: 'Time to map creation, bare MapLibre (median)',
				unit: 'ms',
				note: 'navigation start → the first WebGL context'
			},
			baselines.map((load) => load.createdAt),
			0
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
				note: `navigation start → map.once('idle'); warm-up run ${round(warmBaseline.ms, 0)} ms`
			},
			baseline,
			0
		)
	];
}
