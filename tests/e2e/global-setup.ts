import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built site, served like any static host would. */
		appOrigin: string;
		/** A different origin serving host pages that embed the app. */
		hostOrigin: string;
	}
}

function serve(dir: string): Promise<Server> {
	const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const server = createServer((req, res) => handler(req, res, () => void res.writeHead(404).end()));
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
