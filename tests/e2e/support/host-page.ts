/**
 * Host pages on the second origin, as a third-party article sees the embed: templates in
 * tests/fixtures/hosts/ with `{{app}}` and `<!-- snippet -->` filled in per test.
 */
import type { Frame, Locator } from 'playwright-core';
import type { BrowserHandle, TrackedPage } from './browser';
import type { BrowserContextOptions } from 'playwright-core';

/** A height message as the host page received it. */
interface LoggedHeight {
	id: string | null;
	height: number;
	/** `performance.now()` on the host page when it arrived. */
	at: number;
}

declare global {
	interface Window {
		heightLog?: LoggedHeight[];
	}
}

/** Opens `name` from the host origin with `snippet` pasted in, logging every height message. */
export function openHost(
	browser: BrowserHandle,
	origins: { app: string; host: string },
	name: string,
	snippet = '',
	context?: BrowserContextOptions
): Promise<TrackedPage> {
	return browser.open(`/${name}`, {
		origin: origins.host,
		allowOrigins: [origins.host],
		context,
		prepare: async (page) => {
			await page.addInitScript(() => {
				window.heightLog = [];
				addEventListener('message', (event) => {
					const data = event.data as { type?: string; id?: string | null; height?: number };
					if (data?.type !== 'frontline:height' || typeof data.height !== 'number') return;
					window.heightLog!.push({
						id: data.id ?? null,
						height: data.height,
						at: performance.now()
					});
				});
			});
			await page.route(`${origins.host}/${name}`, async (route) => {
				const response = await route.fetch();
				const body = (await response.text())
					.replaceAll('{{app}}', origins.app)
					.replace('<!-- snippet -->', snippet);
				await route.fulfill({ response, body });
			});
		}
	});
}

/** The document inside an iframe; the same `Frame` survives the lazy iframe's navigation. */
export async function frameOf(iframe: Locator): Promise<Frame> {
	const frame = await (await iframe.elementHandle())!.contentFrame();
	return frame!;
}

/** Milliseconds since the host page last heard a height message, and how many came in the last 2 s. */
export function heightQuiet(
	page: TrackedPage['page']
): Promise<{ sinceLast: number; recent: number }> {
	return page.evaluate(() => {
		const log = window.heightLog ?? [];
		const now = performance.now();
		const last = log.at(-1)?.at ?? 0;
		return { sinceLast: now - last, recent: log.filter((m) => now - m.at < 2000).length };
	});
}
