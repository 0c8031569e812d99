/**
 * One step of the time-lapse slider → the next week's front painted (#20: ≤ 100 ms p95, after the
 * weekly data has arrived). Every week is first visited once and let settle, so the weekly data
 * has arrived and each week's settled frame is recorded; then the slider is stepped a week at a
 * time, back and forth over the series, timed inside the page: the clock starts as the slider's
 * `input` event is dispatched and stops on the `requestAnimationFrame` after the first frame
 * MapLibre draws whose pixels match the new week's settled frame wherever the two weeks differ
 * (so the frame really shows the new week's front and gains), i.e. once that frame is on screen.
 */
import type { Browser, Page } from 'playwright-core';
import { APP_PATH, atMapIdle, MAP_IDLE_SELECTOR, recordAppIdle } from './browser';
import { metric, quantile, quantileMetric, round, type Metric } from './report';
import type { BenchServer } from './server';

const STEPS = 40;
const SLIDER = 'input[type="range"][aria-label="Week shown on the map"]';

interface Timing {
	/** Dispatch → the week's date label in the DOM (the app's own update). */
	dom: number;
	/** Dispatch → the rAF after the first drawn frame that shows the week. */
	paint: number;
	/** Pixels compared: where the two weeks' settled frames differ. */
	pixels: number;
	/** Frames the map drew until one showed the week. */
	frames: number;
	/** Where the time went: dispatch → the first frame's rAF callback; MapLibre's drawing calls in
	 * those frames; the software rasterizer finishing them (`readPixels` waits for it); the
	 * matching frame → the next rAF (on screen). */
	phases: { wait: number; draw: number; raster: number; present: number };
}

/** The page's frame probe (installed by {@link installFrameProbe}). */
interface FrameProbe {
	/** WebGL draw calls so far. */
	draws: number;
	/** Read the canvas after every drawn frame (into `frame`). */
	reading: boolean;
	frame: Uint8Array;
	/** Each week's settled frame, by slider index. */
	settled: Record<number, Uint8Array>;
	/** Called in the task that drew a frame: when its rAF callback started, how long its drawing
	 * calls and the canvas read took. */
	onframe: ((frame: { at: number; draw: number; raster: number }) => void) | null;
}

/**
 * An init script: counts WebGL draw calls, and after each `requestAnimationFrame` callback that
 * drew, reads the map's canvas in the same task (its drawing buffer is still intact there, so
 * nothing changes how the app renders) when the probe is reading.
 */
function installFrameProbe(): void {
	const probe: FrameProbe = {
		draws: 0,
		reading: false,
		frame: new Uint8Array(0),
		settled: {},
		onframe: null
	};
	(window as unknown as { __frameProbe: FrameProbe }).__frameProbe = probe;
	for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
		for (const name of ['drawElements', 'drawArrays'] as const) {
			const draw = proto[name] as (...args: unknown[]) => void;
			(proto as unknown as Record<string, unknown>)[name] = function (
				this: unknown,
				...args: unknown[]
			) {
				probe.draws++;
				return draw.apply(this, args);
			};
		}
	}
	const read = (at: number, draw: number) => {
		const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
		const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
		if (!gl) return;
		const size = gl.drawingBufferWidth * gl.drawingBufferHeight * 4;
		if (probe.frame.length !== size) probe.frame = new Uint8Array(size);
		const { drawingBufferWidth: w, drawingBufferHeight: h } = gl;
		const start = performance.now();
		gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, probe.frame);
		probe.onframe?.({ at, draw, raster: performance.now() - start });
	};
	const raf = window.requestAnimationFrame.bind(window);
	window.requestAnimationFrame = (callback) =>
		raf((time) => {
			const [before, start] = [probe.draws, performance.now()];
			callback(time);
			if (probe.reading && probe.draws !== before) read(start, performance.now() - start);
		});
}

/** Runs in the page: steps the slider to `to`, waits until the map has drawn nothing for 300 ms
 * and is idle, and records the last frame as week `to`'s settled frame. */
function settleAndRecord(args: { selector: string; to: number }): Promise<void> {
	const probe = (window as unknown as { __frameProbe: FrameProbe }).__frameProbe;
	const slider = document.querySelector<HTMLInputElement>(args.selector);
	const map = document.querySelector('[data-testid="map"]');
	if (!slider || !map) return Promise.reject(new Error('no slider or map'));
	probe.reading = true;
	slider.value = String(args.to);
	slider.dispatchEvent(new Event('input', { bubbles: true }));
	return new Promise((resolve) => {
		let draws = -1;
		let quietSince = performance.now();
		const poll = () => {
			if (probe.draws !== draws || map.getAttribute('data-map-idle') !== 'true') {
				draws = probe.draws;
				quietSince = performance.now();
			}
			if (performance.now() - quietSince < 300) return void setTimeout(poll, 50);
			probe.settled[args.to] = probe.frame.slice();
			probe.reading = false;
			resolve();
		};
		setTimeout(poll, 50);
	});
}

/** Runs in the page: moves the slider from `from` to `to` and times the label and the painted map. */
function stepAndTime(args: { selector: string; from: number; to: number }): Promise<Timing> {
	const probe = (window as unknown as { __frameProbe: FrameProbe }).__frameProbe;
	const slider = document.querySelector<HTMLInputElement>(args.selector);
	const label = document.querySelector('[data-testid="time-lapse-date"]');
	const [was, target] = [probe.settled[args.from], probe.settled[args.to]];
	if (!slider || !label || !was || !target) return Promise.reject(new Error('nothing to compare'));
	const near = (a: Uint8Array, b: Uint8Array, i: number) =>
		Math.abs(a[i]! - b[i]!) <= 16 &&
		Math.abs(a[i + 1]! - b[i + 1]!) <= 16 &&
		Math.abs(a[i + 2]! - b[i + 2]!) <= 16;
	const differ: number[] = [];
	for (let i = 0; i < target.length; i += 4) if (!near(was, target, i)) differ.push(i);
	if (differ.length === 0)
		return Promise.reject(new Error(`weeks ${args.from} and ${args.to} look alike`));
	const before = label.textContent;
	let dom = Number.NaN;
	const observer = new MutationObserver(() => {
		if (Number.isNaN(dom) && label.textContent !== before) dom = performance.now() - start;
	});
	observer.observe(label, { subtree: true, childList: true, characterData: true });
	let timeout: ReturnType<typeof setTimeout> | undefined;
	const start = performance.now();
	let frames = 0;
	const phases = { wait: Number.NaN, draw: 0, raster: 0, present: 0 };
	const painted = new Promise<number>((resolve, reject) => {
		probe.onframe = ({ at, draw, raster }) => {
			frames++;
			if (Number.isNaN(phases.wait)) phases.wait = at - start;
			phases.draw += draw;
			phases.raster += raster;
			if (!differ.every((i) => near(probe.frame, target, i))) return;
			probe.onframe = null;
			const shown = performance.now();
			requestAnimationFrame(() => {
				phases.present = performance.now() - shown;
				resolve(performance.now() - start);
			});
		};
		timeout = setTimeout(() => reject(new Error(`step to ${args.to} never painted`)), 10_000);
	});
	probe.reading = true;
	slider.value = String(args.to);
	slider.dispatchEvent(new Event('input', { bubbles: true }));
	return painted
		.then((paint) => ({ dom, paint, pixels: differ.length, frames, phases }))
		.finally(() => {
			probe.reading = false;
			probe.onframe = null;
			observer.disconnect();
			clearTimeout(timeout);
		});
}

/** Steps from `from` to `to`, times it, then lets the map rest. */
async function stepTo(page: Page, from: number, to: number): Promise<Timing> {
	const timing = await page.evaluate(stepAndTime, { selector: SLIDER, from, to });
	await page.evaluate(settleAndRecord, { selector: SLIDER, to });
	return timing;
}

export async function measureTimelineStep(
	browser: Browser,
	server: BenchServer
): Promise<Metric[]> {
	return atMapIdle(
		browser,
		server.origin,
		APP_PATH,
		{ initScripts: [recordAppIdle, installFrameProbe] },
		async (page) => {
			const last = Number(await page.locator(SLIDER).getAttribute('max'));
			if (!(last >= 1)) throw new Error(`the slider has no steps (max ${last})`);
			// Every week once: the weekly data arrives, and each week's settled frame is recorded.
			for (let i = 0; i <= last; i++) {
				await page.evaluate(settleAndRecord, { selector: SLIDER, to: i });
				await page.locator(MAP_IDLE_SELECTOR).waitFor({ timeout: 30_000 });
			}
			const timings: Timing[] = [];
			let at = last;
			let direction = -1;
			for (let i = 0; i < STEPS; i++) {
				if (at + direction < 0 || at + direction > last) direction = -direction;
				timings.push(await stepTo(page, at, at + direction));
				at += direction;
			}
			const paint = timings.map((t) => t.paint);
			const dom = timings.map((t) => t.dom);
			const frames = timings.map((t) => t.frames);
			const phase = (name: keyof Timing['phases']) => timings.map((t) => round(t.phases[name], 1));
			const raster = timings.map((t) => t.phases.raster);
			const pixels = timings.map((t) => t.pixels).sort((a, b) => a - b);
			return [
				quantileMetric(
					{
						id: 'timeline.step-ms',
						label: 'Slider step → week painted, p95',
						unit: 'ms',
						budget: 100,
						note: `${STEPS} one-week steps back and forth over ${last + 1} weeks, every week loaded and settled first; median ${round(quantile(paint, 0.5), 1)} ms; ${pixels[0]}–${pixels.at(-1)} changed px checked per step`
					},
					paint,
					0.95
				),
				metric({
					id: 'timeline.step-raster-ms',
					label: 'Slider step → week painted: software rasterizing, median',
					value: round(quantile(raster, 0.5), 1),
					unit: 'ms',
					raw: {
						wait: phase('wait'),
						draw: phase('draw'),
						raster: phase('raster'),
						present: phase('present'),
						frames
					},
					note: 'diagnosis: where each step’s time went (wait for the frame, MapLibre’s drawing calls, SwiftShader finishing the frame, the next rAF)'
				}),
				quantileMetric(
					{
						id: 'timeline.step-dom-p95',
						label: 'Slider step → date label in DOM, p95',
						unit: 'ms',
						note: 'the app’s own update, before any frame'
					},
					dom,
					0.95
				)
			];
		}
	);
}
