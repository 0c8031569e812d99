import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { ensureGazetteer } from '../ingest-gazetteer.ts';
import type { SaveAnswer } from './studio-save.ts';

type Save = (geodata: string, body: unknown) => SaveAnswer | Promise<SaveAnswer>;

/** Where the studio posts a story under `npm run dev` (see src/lib/studio/save-to-geodata.ts). */
export const SAVE_PATH = '/__studio/save';
/** Larger bodies are refused: the content model plus a long article fit well within it. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The body as text, or null once it passes `limit` bytes (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				resolve(null);
				req.destroy();
			} else chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

function answer(res: ServerResponse, status: number, message: string) {
	res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(message);
}

/** The dev-server endpoint: POST a JSON bundle to {@link SAVE_PATH}; `save` writes it into `geodata`. */
export function saveMiddleware(geodata: string, save: Save, limit = MAX_BODY_BYTES) {
	return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
		if (req.url !== SAVE_PATH) return next();
		if (req.method !== 'POST') return answer(res, 405, 'POST a bundle');
		if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
			return answer(res, 415, 'send application/json');
		if (Number(req.headers['content-length'] ?? 0) > limit)
			return answer(res, 413, `the bundle is over ${limit} bytes`);
		const text = await readBody(req, limit);
		if (text === null) return answer(res, 413, `the bundle is over ${limit} bytes`);
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			return answer(res, 400, 'the body is not JSON');
		}
		const { status, message } = await save(geodata, body);
		answer(res, status, message);
	};
}

/**
 * The studio's build needs and its dev endpoint: the gazetteer file its worker loads (git-ignored,
 * so built from npm packages on a fresh clone before Vite resolves `gazetteer.tsv?url`), and, under
 * `npm run dev` only, "Save to geodata/" (`configureServer` does not run in builds or previews).
 */
export function studioPlugin(geodata = 'geodata'): Plugin {
	return {
		name: 'frontline-studio',
		async buildStart() {
			await ensureGazetteer();
		},
		configureServer(server) {
			// The saver (and the validator it runs) loads through Vite on the first save, not with
			// the config.
			const save: Save = async (root, body) => {
				const saver = await server.ssrLoadModule('/scripts/vite/studio-save.ts');
				return (saver as typeof import('./studio-save.ts')).saveBundle(root, body);
			};
			server.middlewares.use(saveMiddleware(geodata, save));
		}
	};
}
