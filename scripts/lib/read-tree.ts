import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` as text, keyed by its path relative to `dir` with `/` separators. */
export function readTree(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
	}
	return files;
}
