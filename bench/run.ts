/**
 * `npm run bench` (after `vite build`): builds the bare-MapLibre baseline, serves it with the
 * app, runs every measurement, prints the table and writes `bench/results.json`.
 * Always exits 0 when it gets that far: the numbers are the output; MISSED budgets are printed.
 */
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { buildBaseline } from './baseline-build';
import { launchBrowser } from './browser';
import { measureBytes } from './bytes';
import { measureClickLatency } from './click-latency';
import { measureFirstMap } from './first-map';
import { measureFrameCost } from './frame-cost';
import { measureIdleRatio } from './idle-ratio';
import { measureLongTasks } from './long-tasks';
import { measurePlaceLoad } from './place-load';
import { failed, formatTable, type Metric } from './report';
import { measureScale } from './scale';
import { buildScaleApp } from './scale-build';
import { measureScaleClicks } from './scale-browser';
import { startServer, type BenchServer } from './server';
import { measureTimelineStep } from './timeline-step';

const APP_BUILD = fileURLToPath(new URL('../build/', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
/** A private copy of `build/`: other engineers' rebuilds must not swap files mid-run. */
const APP_SNAPSHOT = fileURLToPath(new URL('../node_modules/.cache/bench-app/', import.meta.url));

type Step = (browser: Browser, server: BenchServer) => Promise<Metric[]>;

/** Runs one measurement; a crash becomes an ERROR row instead of ending the bench. */
async function step(name: string, run: () => Promise<Metric[]> | Metric[]): Promise<Metric[]> {
	const start = performance.now();
	process.stdout.write(`bench: ${name}…`);
	try {
		const metrics = await run();
		process.stdout.write(` ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
		return metrics;
	} catch (error) {
		process.stdout.write(' failed\n');
		console.error(error);
		return [failed(name, name, '', error)];
	}
}

const USAGE = `npm run bench [-- --help]

Builds the app, then measures it in headless Chromium against a bare MapLibre page (about 10 min
on two cores): bytes, time to map idle, frame cost, click latency, long tasks, a time-lapse step and the synthetic
1,000-place dataset. Prints the table with each budget and writes bench/results.json.
Exits 0 once the table is written (MISSED budgets are printed), 1 if it could not run.`;

async function main(): Promise<void> {
	if (process.argv.includes('--help')) {
		console.log(USAGE);
		return;
	}
	if (!existsSync(`${APP_BUILD}index.html`)) {
		throw new Error('build/index.html is missing: run `npm run bench` (it builds first)');
	}
	const metrics: Metric[] = [];
	// Node-only work first, while no browser competes for the two cores.
	metrics.push(...(await step('scale', measureScale)));
	rmSync(APP_SNAPSHOT, { recursive: true, force: true });
	cpSync(APP_BUILD, APP_SNAPSHOT, { recursive: true });
	const baselineDir = await buildBaseline();
	process.stdout.write('bench: building the app on the synthetic dataset…\n');
	const scaleDir = buildScaleApp();
	const server = await startServer(APP_SNAPSHOT, baselineDir);
	const scaleServer = await startServer(scaleDir, baselineDir);
	let chromium = '';
	try {
		const browserSteps: [string, Step][] = [
			['bytes', measureBytes],
			['idle-ratio', measureIdleRatio],
			['first-map', measureFirstMap],
			['place-load', measurePlaceLoad],
			['frame-cost', measureFrameCost],
			['click-latency', measureClickLatency],
			['long-tasks', measureLongTasks],
			['timeline-step', measureTimelineStep],
			['scale-clicks', (browser) => measureScaleClicks(browser, scaleServer)]
		];
		for (const [name, run] of browserSteps) {
			// A browser per step: after the click step's map-heavy page is closed, the same
			// Chromium stalls the next page load for ~35 s (even the bare baseline), which would
			// otherwise show up as the next step's numbers.
			const browser = await launchBrowser();
			chromium = browser.version();
			try {
				metrics.push(...(await step(name, () => run(browser, server))));
			} finally {
				await browser.close();
			}
		}
	} finally {
		await server.close();
		await scaleServer.close();
	}
	const results = { date: new Date().toISOString(), node: process.version, chromium, metrics };
	writeFileSync(RESULTS, `${JSON.stringify(results, null, '\t')}\n`);
	console.log(`\nFrontline Explorer bench — Node ${results.node}, Chromium ${results.chromium}\n`);
	console.log(formatTable(metrics));
	console.log(`\nWrote ${RESULTS}`);
}

await main();
