import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { geodataImportPlugins } from './scripts/vite/geodata-imports.ts';
import { studioPlugin } from './scripts/vite/studio-plugin.ts';
import { firstScreenGroups } from './scripts/vite/first-screen-chunks.ts';

export default defineConfig({
	plugins: [...geodataImportPlugins(), studioPlugin(), sveltekit()],
	build: {
		target: 'es2022',
		rolldownOptions: {
			output: { codeSplitting: { groups: firstScreenGroups(import.meta.dirname) } }
		}
	},
	server: { fs: { allow: ['geodata'] } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					setupFiles: ['tests/unit/setup/ukrainian.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// A browser on a loaded two-core CI machine can take seconds to settle; 1 s is too short.
					expect: { poll: { timeout: 15_000 } },
					fileParallelism: false
				}
			}
		]
	}
});
