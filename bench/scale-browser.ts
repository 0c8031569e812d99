/**
 * Scale in the browser: the app built on the synthetic dataset (`scale-build.ts`, 1,000 places
 * and 10,000 statements) and served like the real one. Times click → panel painted for 50 places
 * spread over the list (as `click-latency.ts` does), and counts long tasks after the map is idle.
 */
import type { Browser } from 'playwright-core';
import { APP_PATH, atMapIdle, recordAppIdle, sleep } from './browser';
import { placeButtons, runClicks } from './click-latency';
import { observeLongTasks, readLongTasks } from './long-tasks';
import { metric, quantileMetric, round, type Metric } from './report';
import type { BenchServer } from './server';
import { PLACES, STATEMENTS } from './synthetic';

const CLICKS = 50;
const WATCH_MS = 5_000;
const LONG_MS = 200;

export async function measureScaleClicks(browser: Browser, server: BenchServer): Promise<Metric[]> {
	return atMapIdle(
		browser,
		server.origin,
		APP_PATH,
		{ initScripts: [observeLongTasks, recordAppIdle] },
		async (page, idle) => {
			await sleep(WATCH_MS);
			const tasks = await readLongTasks(page);
			const afterIdle = tasks.filter((t) => t.start >= idle && t.start < idle + WATCH_MS);
			const listed = await placeButtons(page);
			if (listed.length < PLACES) {
				throw new Error(`the list shows ${listed.length} places, expected ${PLACES}`);
			}
			const step = Math.floor(listed.length / CLICKS);
			const spread = listed.filter((_, i) => i % step === 0).slice(0, CLICKS);
			const timings = await runClicks(page, spread, CLICKS);
			const paint = timings.map((t) => t.paint);
			const data = `${PLACES.toLocaleString('en')} places, ${STATEMENTS.toLocaleString('en')} statements`;
			return [
				quantileMetric(
					{
						id: 'scale.click-p95',
						label: `Click → panel painted, p95 (${data})`,
						unit: 'ms',
						budget: 50,
						note: `the app built on the synthetic dataset; ${CLICKS} places spread over the list, map idle before each`
					},
					paint,
					0.95
				),
				metric({
					id: 'scale.idle-ms',
					label: `Time to map idle (${data})`,
					value: round(idle, 0),
					unit: 'ms',
					raw: round(idle, 0),
					note: 'one load; for scale, not a budget'
				}),
				metric({
					id: 'scale.long-tasks',
					label: `Long tasks > ${LONG_MS} ms in 5 s after idle (${data})`,
					value: afterIdle.filter((t) => t.duration > LONG_MS).length,
					unit: 'tasks',
					budget: 0,
					raw: afterIdle.map((t) => ({ atMs: round(t.start, 0), ms: round(t.duration, 0) })),
					note: 'every task > 50 ms after idle listed'
				})
			];
		}
	);
}
