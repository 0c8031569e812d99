import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');

/** Roots whose every subfolder the structure map lists; `tests/fixtures/<name>/` is listed, not its subfolders. */
const ROOTS = ['src/lib', 'scripts', 'tests', 'bench'];
const SUMMARISED = /^tests\/fixtures\/[^/]+\/.+\//;

/** Every folder under `dir`, as `dir/sub/` paths relative to the repository. */
function foldersUnder(dir: string): string[] {
	return readdirSync(join(repo, dir), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) => {
			const path = `${dir}/${entry.name}`;
			return [`${path}/`, ...foldersUnder(path)];
		});
}

/** The paths the README's structure map names: each line's first word, `{a,b}` expanded. */
function mappedPaths(text: string): string[] {
	const section = text.split('## Project structure')[1]?.split('\n## ')[0] ?? '';
	const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
	return block
		.split('\n')
		.filter((line) => /^\S/.test(line))
		.map((line) => line.split(/\s+/)[0]!)
		.flatMap((path) => {
			const braces = /^(.*)\{([^}]+)\}(.*)$/.exec(path);
			if (!braces) return [path];
			const [, before, names, after] = braces;
			return names!.split(',').map((name) => `${before}${name}${after}`);
		});
}

describe('the README’s structure map', () => {
	const mapped = mappedPaths(readme);
	const folders = ROOTS.flatMap((root) => foldersUnder(root)).filter(
		(folder) => !SUMMARISED.test(folder)
	);

	it('is found, with the folders of every room', () => {
		expect(mapped).toContain('src/lib/map/');
		expect(mapped).toContain('tests/unit/story/');
		expect(folders).toContain('src/lib/data/schema/');
	});

	it.each(folders)('lists %s', (folder) => {
		expect(mapped).toContain(folder);
	});

	it.each(mapped.filter((path) => path.endsWith('/')))('names a folder that exists: %s', (path) => {
		expect(() => readdirSync(join(repo, path))).not.toThrow();
	});
});
