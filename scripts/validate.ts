/**
 * Validates a geodata directory: `npm run validate` (geodata/) or `npm run validate -- <dir>`.
 * Prints one line per error and exits 1, or prints a short OK summary.
 */
import { relative, resolve } from 'node:path';
import { validateGeodata } from '../src/lib/data/validate';
import { readTree } from './lib/read-tree';

function main(): void {
	const dir = resolve(process.argv[2] ?? 'geodata');
	const files = readTree(dir);
	const errors = validateGeodata(files);
	for (const line of errors) console.log(line);
	if (errors.length) {
		console.error(`${errors.length} error(s) in ${dir}`);
		process.exit(1);
	}
	const count = (path: string) => (JSON.parse(files[path] ?? '[]') as unknown[]).length;
	console.log(
		`OK: ${Object.keys(files).length} files in ${relative(process.cwd(), dir) || '.'}, ` +
			`${count('statements.json')} statements, ${count('sources.json')} sources`
	);
}

main();
