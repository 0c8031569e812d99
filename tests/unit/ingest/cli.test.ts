import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, loadGazetteer } from './support';

const ROOT = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));

function run(...args: string[]) {
	const r = spawnSync('node', ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

// The gazetteer is built before the CLI runs, so no run pays for building it.
beforeAll(loadGazetteer, 120_000);

// Each run starts a Node process (tsx, compromise, the gazetteer): seconds on a busy machine.
describe('npm run ingest', { timeout: 60_000 }, () => {
	// The documented exit codes are in --help.
	it('documents its exit codes', () => {
		const r = run('--help');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}3 /);
	});

	it('writes a draft of the Business Insider article', () => {
		const out = join(dir, 'bi.json');
		const r = run(
			join(FIXTURES, 'articles/bi-2024-07-zelenskyy-kharkiv.txt'),
			'--published',
			'2024-08-01',
			'--out',
			out
		);
		expect([r.code, r.stderr]).toEqual([0, '']);
		const draft = JSON.parse(readFileSync(out, 'utf8'));
		expect(draft.statements.filter((s: { direct: boolean }) => s.direct)).toHaveLength(7);
	});

	// Bad input: one line on stderr, the right code, no stack trace.
	it.each([
		[
			'no --published',
			['x.txt', '--out', 'y.json'],
			1,
			'ingest: --published must be a date YYYY-MM-DD (see --help)\n'
		],
		[
			'a missing file',
			[join(dir, 'missing.txt'), '--published', '2024-08-01', '--out', join(dir, 'o.json')],
			2,
			`ingest: cannot read ${join(dir, 'missing.txt')}\n`
		],
		[
			'an empty file',
			[file('empty.txt', ''), '--published', '2024-08-01', '--out', join(dir, 'o.json')],
			2,
			`ingest: ${join(dir, 'empty.txt')}: the article is empty\n`
		],
		[
			'binary data',
			[
				file('b.bin', new Uint8Array([0, 1, 2, 255])),
				'--published',
				'2024-08-01',
				'--out',
				join(dir, 'o.json')
			],
			2,
			`ingest: ${join(dir, 'b.bin')}: the article is binary data (it contains NUL bytes)\n`
		],
		[
			'invalid UTF-8',
			[
				file('bad.txt', new Uint8Array([0x41, 0xc3, 0x28])),
				'--published',
				'2024-08-01',
				'--out',
				join(dir, 'o.json')
			],
			2,
			`ingest: ${join(dir, 'bad.txt')}: the article is not valid UTF-8\n`
		],
		[
			'5 MB',
			[
				file('big.txt', 'word '.repeat(1_000_000)),
				'--published',
				'2024-08-01',
				'--out',
				join(dir, 'o.json')
			],
			2,
			`ingest: ${join(dir, 'big.txt')}: the article is 5000000 bytes; the limit is 1000000\n`
		]
	])('exits with one line for %s', (_name, args, code, stderr) => {
		const r = run(...args);
		expect([r.code, r.stderr]).toEqual([code, stderr]);
	});

	// An unknown option is one line too (Node's own message, then the pointer to --help).
	it('exits 1 with one line for an unknown option', () => {
		const r = run('--bogus');
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/^ingest: Unknown option '--bogus'.* \(see --help\)\n$/);
	});

	// Unbalanced quotes: the draft is written and the warning is one line.
	it('warns on stderr about an unbalanced quotation mark and exits 0', () => {
		const r = run(
			file('u.txt', 'Peskov said "this will continue.'),
			'--published',
			'2024-08-01',
			'--out',
			join(dir, 'u.json')
		);
		expect([r.code, r.stderr]).toEqual([
			0,
			'ingest: warning: unbalanced quotation mark on line 1\n'
		]);
	});
});
