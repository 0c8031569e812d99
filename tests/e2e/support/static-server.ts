/** A static host for the built site: sirv plus the build's `_headers` file. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file';

/** Serves `dir` like a static host, applying its `_headers` file as Netlify or Cloudflare would. */
export function serve(dir: string): Promise<Server> {
	const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const headersFile = join(dir, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const server = createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://host');
		for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
		handler(req, res, () => void res.writeHead(404).end());
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export function originOf(server: Server): string {
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
