/**
 * Main-thread long tasks on `/` after the map is idle: a `PerformanceObserver` for `longtask`
 * is installed before any page script, and the page is left alone for 5 s after idle (twice).
 * Reported without a budget: it flags jank a reader would feel while the page "looks ready".
 */
import type { Browser, Page } from 'playwright-core';
import { APP_PATH, atMapIdle, recordAppIdle, sleep } from './browser';
import { metric, round, type Metric } from './report';
import type { BenchServer } from './server';

const WATCH_MS = 5_000;
const LONG_MS = 200;
const RUNS = 2;

export interface Task {
	start: number;
	duration: number;
}

/** Init script: keeps every long task (> 50 ms, Chromium's threshold) in `window.__benchTasks`. */
export function observeLongTasks(): void {
	const tasks: { start: number; duration: number }[] = [];
	(window as unknown as { __benchTasks: typeof tasks }).__benchTasks = tasks;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			tasks.push({ start: entry.startTime, duration: entry.duration });
		}
	}).observe({ type: 'longtask', buffered: true });
}

/** Every long task {@link observeLongTasks} has seen on the page so far. */
export function readLongTasks(page: Page): Promise<Task[]> {
	return page.evaluate(() => (window as unknown as { __benchTasks: Task[] }).__benchTasks);
}

/** One load of `/`: its idle time and every long task the observer saw. */
async function oneRun(
	browser: Browser,
	server: BenchServer
): Promise<{ idle: number; tasks: Task[] }> {
	return atMapIdle(
		browser,
		server.origin,
		APP_PATH,
		{ initScripts: [observeLongTasks, recordAppIdle], idleTimeout: 30_000 },
		async (page, idle) => {
			await sleep(WATCH_MS);
			return { idle, tasks: await readLongTasks(page) };
		}
	);
}

export async function measureLongTasks(browser: Browser, server: BenchServer): Promise<Metric[]> {
	const runs: { idle: number; tasks: Task[] }[] = [];
	const retries: string[] = [];
	for (let i = 0; i < RUNS; i++) {
		// One retry: on this shared machine a load now and then stalls for a minute.
		runs.push(
			await oneRun(browser, server).catch((error: unknown) => {
				retries.push(error instanceof Error ? error.message : String(error));
				return oneRun(browser, server);
			})
		);
	}
	const describe = (list: Task[]) =>
		list.map((t) => ({ atMs: round(t.start, 0), ms: round(t.duration, 0) }));
	const summaries = runs.map(({ idle, tasks }) => {
		const after = tasks.filter((t) => t.start >= idle && t.start < idle + WATCH_MS);
		const before = tasks.filter((t) => t.start < idle);
		return {
			idleAtMs: round(idle, 0),
			over200: after.filter((t) => t.duration > LONG_MS).length,
			afterIdle: describe(after),
			beforeIdleCount: before.length,
			beforeIdleMaxMs: round(Math.max(0, ...before.map((t) => t.duration)), 0)
		};
	});
	return [
		metric({
			id: 'longtasks.after-idle',
			label: `Long tasks > ${LONG_MS} ms in 5 s after idle`,
			value: Math.max(...summaries.map((s) => s.over200)),
			unit: 'tasks',
			raw: retries.length > 0 ? { runs: summaries, retries } : summaries,
			note: `worst of ${RUNS} loads; every task > 50 ms after idle listed, those before summarised`
		})
	];
}
