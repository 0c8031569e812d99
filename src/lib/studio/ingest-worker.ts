/**
 * Runs the ingest engine off the main thread: loads the gazetteer once (reporting its download),
 * then drafts places and statements for each article it is sent.
 */
import gazetteerUrl from '$lib/ingest/data/gazetteer.tsv?url';
import type { ArticleMeta } from '$lib/ingest/draft-schema';
import { parseGazetteer, type Gazetteer } from '$lib/ingest/gazetteer';
import { ingest } from '$lib/ingest/ingest';
import type { WorkerReply } from './ingest-client';

const post = (reply: WorkerReply) => self.postMessage(reply);
let gazetteer: Gazetteer | null = null;

async function download(): Promise<string> {
	const response = await fetch(gazetteerUrl);
	if (!response.ok || !response.body) throw new Error(`gazetteer: HTTP ${response.status}`);
	const total = Number(response.headers.get('content-length')) || 0;
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.byteLength;
		post({ type: 'progress', step: 'download', loaded, total: Math.max(total, loaded) });
	}
	return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

self.onmessage = async (event: MessageEvent<{ text: string; article: ArticleMeta }>) => {
	try {
		if (!gazetteer) {
			const tsv = await download();
			post({ type: 'progress', step: 'index', loaded: 0, total: 1 });
			gazetteer = parseGazetteer(tsv);
		}
		post({ type: 'progress', step: 'analyse', loaded: 0, total: 1 });
		post({ type: 'done', draft: ingest(event.data.text, event.data.article, gazetteer) });
	} catch (error) {
		post({ type: 'error', message: (error as Error).message });
	}
};
