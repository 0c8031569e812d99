/**
 * One local static server for the built app (`build/`) and the bench's bare-MapLibre baseline
 * (under `/__baseline/`), so both pages pay the same server and network costs. Every response is
 * logged with its body, which is how the byte metrics see the worker's own fetches too.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Where the baseline page is mounted on the server. */
export const BASELINE_PREFIX = '/__baseline/';

/** One response the server sent. */
export interface LoggedResponse {
	/** Path and query as requested. */
	url: string;
	status: number;
	contentType: string;
	body: Buffer;
	/** `performance.now()` in this process when the response finished. */
	at: number;
}

export interface BenchServer {
	origin: string;
	/** Responses in the order they finished; clear it with `log.length = 0`. */
	log: LoggedResponse[];
	close: () => Promise<void>;
}

/** Captures what a handler writes, without changing what the client receives. */
function record(res: ServerResponse, onDone: (body: Buffer) => void): void {
	const chunks: Buffer[] = [];
	const write = res.write.bind(res) as (...args: unknown[]) => boolean;
	const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
	const keep = (chunk: unknown) => {
		if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
		else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
	};
	res.write = ((chunk: unknown, ...rest: unknown[]) => {
		keep(chunk);
		return write(chunk, ...rest);
	}) as typeof res.write;
	res.end = ((chunk?: unknown, ...rest: unknown[]) => {
		if (typeof chunk !== 'function') keep(chunk);
		return end(chunk, ...rest);
	}) as typeof res.end;
	res.on('finish', () => onDone(Buffer.concat(chunks)));
}

/**
 * Serves `appDir` at `/` and `baselineDir` at {@link BASELINE_PREFIX} on 127.0.0.1, any free port.
 * No compression and no caching headers beyond sirv's defaults: sizes are gzipped by the bench.
 */
export async function startServer(appDir: string, baselineDir: string): Promise<BenchServer> {
	const options = { dev: false, etag: false, extensions: ['html'] };
	const app = sirv(appDir, options);
	const baseline = sirv(baselineDir, options);
	const log: LoggedResponse[] = [];
	const notFound = (_req: IncomingMessage, res: ServerResponse) => () => {
		res.writeHead(404).end();
	};
	const server = createServer((req, res) => {
		const url = req.url ?? '/';
		record(res, (body) =>
			log.push({
				url,
				status: res.statusCode,
				contentType: String(res.getHeader('content-type') ?? ''),
				body,
				at: performance.now()
			})
		);
		if (url.startsWith(BASELINE_PREFIX)) {
			req.url = `/${url.slice(BASELINE_PREFIX.length)}`;
			baseline(req, res, notFound(req, res));
		} else {
			app(req, res, notFound(req, res));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		log,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
