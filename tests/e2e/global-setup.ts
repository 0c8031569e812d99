import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { headersFor, parseHeadersFile } from './support/headers-file';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built site, served like any static host would. */
		appOrigin: string;
		/** A different origin serving host pages that embed the app. */
		hostOrigin: string;
	}
}

/** Serves `dir` like a static host, applying its `_headers` file as Netlify or Cloudflare would. */
function serve(dir: string): Promise<Server> {
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

function originOf(server: Server): string {
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export default async function setup(project: TestProject) {
	const app = await serve('build');
	const host = await serve('tests/fixtures/hosts');
	project.provide('appOrigin', originOf(app));
	project.provide('hostOrigin', originOf(host));
	return async () => {
		await Promise.all([app, host].map((s) => new Promise((r) => s.close(r))));
	};
}
