import type { TestProject } from 'vitest/node';
import { originOf, serve } from './support/static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built site, served like any static host would. */
		appOrigin: string;
		/** A different origin serving host pages that embed the app. */
		hostOrigin: string;
	}
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
