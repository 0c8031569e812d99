/** The page's side of the ingest worker: one run at a time, with progress, and cancel. */
import type { ArticleMeta, Draft } from '$lib/ingest/draft-schema';

export type IngestStep = 'download' | 'index' | 'analyse';

export type WorkerReply =
	| { type: 'progress'; step: IngestStep; loaded: number; total: number }
	| { type: 'done'; draft: Draft }
	| { type: 'error'; message: string };

export interface IngestRun {
	result: Promise<Draft>;
	/** Stops the worker; `result` rejects with "cancelled". */
	cancel: () => void;
}

let worker: Worker | null = null;

/** Drafts `text` in the worker (kept between runs so the gazetteer loads once). */
export function runIngest(
	text: string,
	article: ArticleMeta,
	onProgress: (step: IngestStep, loaded: number, total: number) => void
): IngestRun {
	worker ??= new Worker(new URL('./ingest-worker.ts', import.meta.url), { type: 'module' });
	const own = worker;
	let fail: (error: Error) => void = () => {};
	const result = new Promise<Draft>((resolve, reject) => {
		fail = reject;
		own.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') onProgress(reply.step, reply.loaded, reply.total);
			else if (reply.type === 'done') resolve(reply.draft);
			else reject(new Error(reply.message));
		};
		own.onerror = (event) => reject(new Error(event.message || 'the ingest worker failed'));
	});
	own.postMessage({ text, article });
	return {
		result,
		cancel() {
			own.terminate();
			if (worker === own) worker = null;
			fail(new Error('cancelled'));
		}
	};
}
