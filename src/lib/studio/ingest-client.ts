/** The page's side of the ingest worker: one run at a time, with progress, and cancel. */
import type { ArticleMeta, Draft } from '$lib/ingest/draft-schema';
import type { GazetteerEntry } from '$lib/ingest/gazetteer';

export type IngestStep = 'download' | 'index' | 'analyse';

export type WorkerRequest =
	{ type: 'ingest'; text: string; article: ArticleMeta } | { type: 'search'; query: string };

export type WorkerReply =
	| { type: 'progress'; step: IngestStep; loaded: number; total: number }
	| { type: 'done'; draft: Draft }
	| { type: 'found'; entries: GazetteerEntry[] }
	| { type: 'error'; message: string };

export interface IngestRun {
	result: Promise<Draft>;
	/** Stops the worker; `result` rejects with "cancelled". */
	cancel: () => void;
}

let worker: Worker | null = null;
const started = () =>
	(worker ??= new Worker(new URL('./ingest-worker.ts', import.meta.url), { type: 'module' }));

/** Drafts `text` in the worker (kept between runs so the gazetteer loads once). */
export function runIngest(
	text: string,
	article: ArticleMeta,
	onProgress: (step: IngestStep, loaded: number, total: number) => void
): IngestRun {
	const own = started();
	let fail: (error: Error) => void = () => {};
	const result = new Promise<Draft>((resolve, reject) => {
		fail = reject;
		own.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') onProgress(reply.step, reply.loaded, reply.total);
			else if (reply.type === 'done') resolve(reply.draft);
			else if (reply.type === 'error') reject(new Error(reply.message));
		};
		own.onerror = (event) => reject(new Error(event.message || 'the ingest worker failed'));
	});
	own.postMessage({ type: 'ingest', text, article } satisfies WorkerRequest);
	return {
		result,
		cancel() {
			own.terminate();
			if (worker === own) worker = null;
			fail(new Error('cancelled'));
		}
	};
}

/** Gazetteer entries named `query` or spelled nearly so (the worker loads the gazetteer if needed). */
export function searchGazetteer(query: string): Promise<GazetteerEntry[]> {
	const own = started();
	return new Promise((resolve, reject) => {
		own.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'found') resolve(reply.entries);
			else if (reply.type === 'error') reject(new Error(reply.message));
		};
		own.postMessage({ type: 'search', query } satisfies WorkerRequest);
	});
}
