/**
 * Runs every command of the README's quick start and scripts table as written, on this checkout,
 * so that the README cannot promise a command that fails (CI runs it after `npm test`):
 *
 * - servers (`npm start`, `npm run dev`, `npm run preview`) must answer HTTP 200, then are stopped;
 * - commands that `npm test` already runs (check, lint, unit, e2e, build) count as run by it;
 * - long reports (`bench`) and commands that need arguments (`bench:ab`, `ingest`) run with `--help`;
 * - the rest run to the end and must exit 0, leaving git's tree as it was.
 *
 *   tsx scripts/readme-commands.ts          (exits 1 naming each command that failed)
 */
import { execSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const README = readFileSync('README.md', 'utf8');
const SCRIPTS = Object.keys(
	(JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
);

/** Commands `npm test` runs itself: CI has just run it. */
const RUN_BY_NPM_TEST = new Set(['check', 'lint', 'test:unit', 'test:e2e', 'build', 'test']);
/** Reports too long for CI, and commands that need arguments: their `--help` must work. */
const HELP_ONLY = new Set(['bench', 'bench:ab', 'ingest']);
/** Servers and the URL each must answer on. */
const SERVERS: Record<string, string> = {
	start: 'http://localhost:4173/',
	preview: 'http://localhost:4173/',
	dev: 'http://localhost:5173/'
};

/** The quick start's commands (comments dropped) and the scripts table's first column. */
export function documentedCommands(readme: string): string[] {
	const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
	const fromQuickStart = quickStart
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean);
	const fromTable = [...readme.matchAll(/^\| `(npm [^`]+)`/gm)].map((match) => match[1]!);
	return [...new Set([...fromQuickStart, ...fromTable])];
}

/** `npm start` → start, `npm run data -- --check` → data; `npm ci && npm start` → the last. */
function scriptOf(command: string): string {
	const last = command.split('&&').at(-1)!.trim();
	const match = /^npm (?:run )?([\w:-]+)/.exec(last);
	if (!match) throw new Error(`not an npm command: ${command}`);
	return match[1]!;
}

function runToEnd(command: string): void {
	execSync(command, { stdio: 'inherit', timeout: 10 * 60_000 });
}

async function answers(url: string): Promise<boolean> {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}

/** Starts `command`, waits until `url` answers 200, then stops the whole process group. */
async function serve(command: string, url: string): Promise<void> {
	const child = spawn('bash', ['-c', command], { stdio: 'inherit', detached: true });
	let exited = false;
	child.on('exit', () => (exited = true));
	try {
		const deadline = Date.now() + 5 * 60_000;
		while (!(await answers(url))) {
			if (exited) throw new Error(`${command} exited before serving ${url}`);
			if (Date.now() > deadline) throw new Error(`${command}: ${url} did not answer in 5 min`);
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	} finally {
		if (!exited) process.kill(-child.pid!, 'SIGTERM');
	}
}

async function probe(command: string): Promise<string> {
	const script = scriptOf(command);
	if (!SCRIPTS.includes(script) && !['ci', 'test', 'start'].includes(script))
		throw new Error(`package.json has no script "${script}"`);
	if (SERVERS[script]) {
		await serve(command, SERVERS[script]);
		return 'served';
	}
	if (RUN_BY_NPM_TEST.has(script)) return 'run by npm test';
	if (HELP_ONLY.has(script)) {
		runToEnd(`${command} -- --help`);
		return 'help';
	}
	runToEnd(command);
	return 'ran';
}

async function main(): Promise<void> {
	const before = execSync('git status --porcelain').toString();
	const failures: string[] = [];
	for (const command of documentedCommands(README)) {
		try {
			const how = await probe(command);
			const after = execSync('git status --porcelain').toString();
			if (after !== before) throw new Error(`changed the working tree:\n${after}`);
			console.log(`readme-commands: ok (${how}): ${command}`);
		} catch (error) {
			failures.push(`${command}: ${(error as Error).message}`);
		}
	}
	for (const failure of failures) console.error(`readme-commands: FAILED ${failure}`);
	process.exit(failures.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
