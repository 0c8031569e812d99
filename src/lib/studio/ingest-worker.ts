/**
 * Runs the ingest engine off the main thread: loads the gazetteer once (reporting its download),
 * then drafts places and statements for each article it is sent.
 */
import gazetteerUrl from '$lib/ingest/data/gazetteer.tsv?url';
import {
	lookupExact,
	lookupNear,
	parseGazetteer,
	type Gazetteer,
	type GazetteerEntry
} from '$lib/ingest/gazetteer';
import { ingest } from '$lib/ingest/ingest';
import type { WorkerReply, WorkerRequest } from './ingest-client';

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

/** Up to 8 entries named `query` or a near spelling of it, the most populous first. */
function search(query: string): GazetteerEntry[] {
	const found = [...new Set([...lookupExact(gazetteer!, query), ...lookupNear(gazetteer!, query)])];
	return found.sort((a, b) => b.population - a.population).slice(0, 8);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	try {
		if (!gazetteer) {
			const tsv = await download();
			post({ type: 'progress', step: 'index', loaded: 0, total: 1 });
			gazetteer = parseGazetteer(tsv);
		}
		const request = event.data;
		if (request.type === 'search') {
			post({ type: 'found', entries: search(request.query) });
			return;
		}
		post({ type: 'progress', step: 'analyse', loaded: 0, total: 1 });
		post({ type: 'done', draft: ingest(request.text, request.article, gazetteer) });
	} catch (error) {
		post({ type: 'error', message: (error as Error).message });
	}
};
