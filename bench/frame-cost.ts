/**
 * What one map frame costs once everything has loaded: the keyboard pans the map back and forth
 * (MapLibre animates each press, drawing frames back to back) and the bench times the gaps
 * between frames, on the app, the bare baseline and the baseline with the app's overlays. On
 * these machines WebGL runs in software, so this is where the overlays' drawing shows, with far
 * less noise than time to idle. A frame is a WebGL clear of the colour buffer.
 */
import type { Browser, Page } from 'playwright-core';
import {
	APP_PATH,
	appMapSize,
	atMapIdle,
	baselinePath,
	type MapSize,
	recordAppIdle
} from './browser';
import { median, medianMetric, metric, perRoundRatios, round, type Metric } from './report';
import type { BenchServer } from './server';

const PRESSES = 8;
const RUNS = 3;
/** Gaps longer than this are pauses between key presses, not frames of one animation. */
const SAME_ANIMATION_MS = 400;

/** Init script: every WebGL colour clear's `performance.now()` goes into `window.__benchFrames`. */
function recordFrames(): void {
	const frames: number[] = [];
	(window as unknown as { __benchFrames: number[] }).__benchFrames = frames;
	for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
		const clear = context.prototype.clear;
		context.prototype.clear = function (this: WebGLRenderingContext, mask: number) {
			if (mask & this.COLOR_BUFFER_BIT) frames.push(performance.now());
			clear.call(this, mask);
		};
	}
}

/** Pans right and left in turn with the arrow keys; returns the gaps between frames, in ms. */
async function panFrameGaps(page: Page): Promise<number[]> {
	await page.locator('.maplibregl-canvas').focus();
	const frames = () =>
		page.evaluate(() => (window as unknown as { __benchFrames: number[] }).__benchFrames.length);
	const start = await frames();
	for (let press = 0; press < PRESSES; press++) {
		const before = await frames();
		await page.keyboard.press(press % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
		// Each press animates the map: wait for a few of its frames before the next one.
		await page.waitForFunction(
			(count) => (window as unknown as { __benchFrames: number[] }).__benchFrames.length >= count,
			before + 3
		);
	}
	const times = await page.evaluate(
		(from) => (window as unknown as { __benchFrames: number[] }).__benchFrames.slice(from),
		start
	);
	return times
		.slice(1)
		.map((time, i) => time - (times[i] as number))
		.filter((gap) => gap < SAME_ANIMATION_MS);
}

/**
 * One load of `path`, then keyboard pans: the gaps between frames. `atIdle` runs once the map is
 * idle, before the pans.
 */
async function loadAndPan(
	browser: Browser,
	origin: string,
	path: string,
	atIdle?: (page: Page) => Promise<void>
): Promise<number[]> {
	// The baseline page records its own idle time; this script only reacts to the app's map.
	return atMapIdle(
		browser,
		origin,
		path,
		{ initScripts: [recordFrames, recordAppIdle] },
		async (page) => {
			await atIdle?.(page);
			const gaps = await panFrameGaps(page);
			return gaps;
		}
	);
}

export async function measureFrameCost(browser: Browser, server: BenchServer): Promise<Metric[]> {
	const gaps = { app: [] as number[], bare: [] as number[], overlays: [] as number[] };
	let size: MapSize = { w: 0, h: 0 };
	const medianGap = async (path: string, atIdle?: (page: Page) => Promise<void>) =>
		median(await loadAndPan(browser, server.origin, path, atIdle));
	for (let run = 0; run < RUNS; run++) {
		// The app first: the baseline pages are drawn at its map's size.
		gaps.app.push(await medianGap(APP_PATH, async (page) => void (size = await appMapSize(page))));
		gaps.bare.push(await medianGap(baselinePath(size)));
		gaps.overlays.push(await medianGap(baselinePath(size, true)));
	}
	const ratio = (name: 'app' | 'overlays') => median(gaps[name]) / median(gaps.bare);
	const ratios = (name: 'app' | 'overlays') =>
		perRoundRatios(gaps[name], gaps.bare).map((r) => round(r, 2));
	const note = `median gap between frames while the arrow keys pan the loaded map; median of ${RUNS} loads; map ${size.w}×${size.h} px`;
	return [
		metric({
			id: 'frame.ratio',
			label: 'Frame cost after load, app ÷ bare MapLibre',
			value: round(ratio('app'), 2),
			unit: '×',
			raw: ratios('app'),
			note
		}),
		metric({
			id: 'frame.overlays-ratio',
			label: "Frame cost after load, bare MapLibre + the app's overlays ÷ bare",
			value: round(ratio('overlays'), 2),
			unit: '×',
			raw: ratios('overlays'),
			note
		}),
		medianMetric(
			{ id: 'frame.bare-ms', label: 'Frame cost after load, bare MapLibre', unit: 'ms', note },
			gaps.bare,
			1
		)
	];
}
