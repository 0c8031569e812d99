/**
 * Time from navigation to the first frame on screen that shows the story's map as it settles,
 * measured from the screen so that an image (the app's first frame) and a WebGL canvas count
 * alike: a CDP screencast records every frame the page paints; after idle, each is compared with
 * the settled page at a grid of fixed pixels over the map, and the first frame where the grid
 * matches is when the reader saw the map. App ÷ the bare MapLibre page drawing the same overlays,
 * for `/` and `/embed/`, at the same camera and map size.
 */
import type { Browser, Page } from 'playwright-core';
import { atMapIdle, baselinePath, CAMERA, type LoadOptions, recordAppIdle } from './browser';
import { medianMetric, perRoundRatios, type Metric } from './report';
import type { BenchServer } from './server';

const ROUNDS = 5;
/** Share of the grid's pixels that must match the settled page. */
const MATCH = 0.85;
/** Per-channel difference still counted as the same colour (JPEG frames, text antialiasing). */
const TOLERANCE = 28;
const GRID = { x: 24, y: 16 };
const HASH = `#map=${CAMERA.zoom}/${CAMERA.lat}/${CAMERA.lng}`;

type Box = { x: number; y: number; width: number; height: number };

interface Screencast {
	frames: { at: number; data: string }[];
	stop: () => Promise<void>;
}

async function startScreencast(page: Page): Promise<Screencast> {
	const cdp = await page.context().newCDPSession(page);
	const frames: { at: number; data: string }[] = [];
	cdp.on('Page.screencastFrame', ({ data, metadata, sessionId }) => {
		frames.push({ at: (metadata.timestamp ?? 0) * 1000, data });
		void cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
	});
	await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 90 });
	return { frames, stop: () => cdp.send('Page.stopScreencast').then(() => cdp.detach()) };
}

/** ms from navigation to the first screencast frame matching the settled map, in a spare page. */
async function firstMatch(
	browser: Browser,
	cast: { at: number; data: string }[],
	settled: string,
	box: Box
): Promise<number | null> {
	const context = await browser.newContext();
	// The same `__name` helper as freshPage: tsx names the functions serialized into the page.
	await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
	try {
		const page = await context.newPage();
		const index = await page.evaluate(
			async ({ frames, settled, box, grid, tolerance, match }) => {
				const pixels = async (base64: string, type: string) => {
					const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
					const bitmap = await createImageBitmap(new Blob([bytes], { type }));
					const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
					const context = canvas.getContext('2d')!;
					context.drawImage(bitmap, 0, 0);
					const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
					const samples: number[][] = [];
					for (let j = 0; j < grid.y; j++) {
						for (let i = 0; i < grid.x; i++) {
							const x = Math.round(box.x + ((i + 0.5) * box.width) / grid.x);
							const y = Math.round(box.y + ((j + 0.5) * box.height) / grid.y);
							const k = (y * bitmap.width + x) * 4;
							samples.push([data[k]!, data[k + 1]!, data[k + 2]!]);
						}
					}
					return samples;
				};
				const reference = await pixels(settled, 'image/png');
				for (let f = 0; f < frames.length; f++) {
					const samples = await pixels(frames[f]!, 'image/jpeg');
					const same = samples.filter((s, i) =>
						s.every((v, c) => Math.abs(v - reference[i]![c]!) <= tolerance)
					).length;
					if (same / samples.length >= match) return f;
				}
				return -1;
			},
			{
				frames: cast.map((frame) => frame.data),
				settled,
				box,
				grid: GRID,
				tolerance: TOLERANCE,
				match: MATCH
			}
		);
		return index < 0 ? null : cast[index]!.at;
	} finally {
		await context.close();
	}
}

/** One load of `path`: ms from navigation to the first matching frame; and the map's box. */
async function firstMapRun(
	browser: Browser,
	origin: string,
	path: string,
	mapSelector: string,
	app: boolean
): Promise<{ ms: number; box: Box }> {
	let cast: Screencast | undefined;
	const options: LoadOptions = {
		initScripts: app ? [recordAppIdle] : [],
		beforeLoad: async (page) => {
			cast = await startScreencast(page);
		}
	};
	const loaded = await atMapIdle(browser, origin, path, options, async (page) => {
		const settled = (await page.screenshot({ type: 'png' })).toString('base64');
		await cast!.stop();
		const box = (await page.locator(mapSelector).boundingBox())!;
		const timeOrigin = await page.evaluate(() => performance.timeOrigin);
		return { settled, box, timeOrigin };
	});
	const at = await firstMatch(browser, cast!.frames, loaded.settled, loaded.box);
	if (at === null) throw new Error(`${path}: no frame matched the settled map`);
	return { ms: at - loaded.timeOrigin, box: loaded.box };
}

async function ratioFor(browser: Browser, origin: string, route: '/' | '/embed/'): Promise<Metric> {
	const appPath = `${route}${HASH}`;
	const app = () => firstMapRun(browser, origin, appPath, '[data-testid="first-frame"]', true);
	const warm = await app();
	const size = { w: Math.round(warm.box.width), h: Math.round(warm.box.height) };
	const bare = () => firstMapRun(browser, origin, baselinePath(size, true), '#map', false);
	const apps: number[] = [];
	const bares: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		const pair = [
			async () => apps.push((await app()).ms),
			async () => bares.push((await bare()).ms)
		];
		for (const run of i % 2 === 0 ? pair : pair.reverse()) await run();
	}
	return medianMetric(
		{
			id: route === '/' ? 'first-map.ratio' : 'first-map.embed-ratio',
			label: `First frame showing the map, ${route} ÷ bare MapLibre + overlays`,
			unit: '×',
			budget: 0.4,
			note: `screencast frames vs the settled page at ${GRID.x}×${GRID.y} pixels over the map (≥ ${MATCH * 100} % within ${TOLERANCE}); app ms ${apps.map(Math.round).join(' ')}; bare ms ${bares.map(Math.round).join(' ')}; map ${size.w}×${size.h} px at ${HASH}`
		},
		perRoundRatios(apps, bares),
		2
	);
}

export async function measureFirstMap(browser: Browser, server: BenchServer): Promise<Metric[]> {
	return [
		await ratioFor(browser, server.origin, '/'),
		await ratioFor(browser, server.origin, '/embed/')
	];
}
