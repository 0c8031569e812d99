/**
 * `npm run bench:ab -- <build> <build> [path] [rounds]`: the place-load ratio (time to map idle of
 * `path` ÷ `/`, by default `/?place=pokrovsk`) of two or more built sites side by side, to measure
 * one change against its parent in a single run, each build on its own server, with the bench step's
 * rounds (`placeLoadRounds`). Prints each build's median ratio with its raw rounds.
 */
import { existsSync } from 'node:fs';
import { launchBrowser } from './browser';
import { placeLoadRounds, type PlaceLoadRuns } from './place-load';
import { median, perRoundRatios } from './report';
import { startServer } from './server';

const USAGE = `npm run bench:ab -- <build dir> <build dir> [path] [rounds]

Time to map idle of path (default /?place=pokrovsk) ÷ /, for each built site side by side in one
run (9 rounds by default). Copy each version's build/ aside after \`npm run build\`.`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
	console.log(USAGE);
	process.exit(0);
}
const builds = args.filter((arg) => existsSync(`${arg}/index.html`));
const path = args.find((arg) => arg.startsWith('/') && !builds.includes(arg)) ?? '/?place=pokrovsk';
const rounds = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 9);
if (builds.length < 2) {
	console.error(`${USAGE}\nEach build dir must hold a built site (index.html).`);
	process.exit(1);
}

const servers = await Promise.all(builds.map((dir) => startServer(dir, dir)));
const browser = await launchBrowser();
let runs: PlaceLoadRuns[];
try {
	const origins = servers.map((server) => server.origin);
	runs = await placeLoadRounds(browser, origins, path, '/', rounds);
} finally {
	await browser.close();
	await Promise.all(servers.map((server) => server.close()));
}

console.log(`Time to map idle, ${path} ÷ /, ${rounds} rounds side by side`);
for (const [i, dir] of builds.entries()) {
	const { places, plains } = runs[i]!;
	const ratios = perRoundRatios(places, plains);
	console.log(
		`${dir}: ${median(ratios).toFixed(2)}× (${ratios.map((r) => r.toFixed(2)).join(' ')}); ${path} ms ${median(places).toFixed(0)}, / ms ${median(plains).toFixed(0)}`
	);
}
