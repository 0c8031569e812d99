import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedCommands } from '../../../scripts/readme-commands';

const repo = join(import.meta.dirname, '../../..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const scripts = (
	JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	}
).scripts;

describe('the README’s commands', () => {
	// The quick start is the first thing a new user runs; it must be found to be checked at all.
	it('finds the quick start and the scripts table', () => {
		const commands = documentedCommands(readme);
		expect(commands).toContain('npm ci && npm start');
		expect(commands).toContain('npm test');
		expect(commands).toContain('npm run validate');
	});

	// A documented `npm run x` that package.json lacks fails on every fresh clone.
	const named = documentedCommands(readme).flatMap((command) =>
		[...command.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!)
	);
	it.each(named)('names a script package.json has: %s', (script) => {
		expect(Object.keys(scripts)).toContain(script);
	});
});
