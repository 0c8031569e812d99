/**
 * Byte budgets: what `/` and `/embed/` download before the map is idle (logged by the bench's
 * server, so the MapLibre worker's own fetches count), gzipped here with Node's zlib at its
 * default level, plus the size of the embed loader `static/embed.js`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { APP_PATH, atMapIdle, recordAppIdle } from './browser';
import { failed, kB, metric, type Metric } from './report';
import type { BenchServer, LoggedResponse } from './server';

const EMBED_JS = fileURLToPath(new URL('../static/embed.js', import.meta.url));

type Kind = 'html' | 'js' | 'maplibre' | 'css' | 'geodata' | 'glyphs' | 'other';

interface Download {
	path: string;
	kind: Kind;
	raw: number;
	gzip: number;
}

function gzipBytes(body: Buffer): number {
	return gzipSync(body).length;
}

/**
 * MapLibre's own code: its prebuilt engine and worker files (`maplibre-gl*.mjs`, shipped as
 * assets), or a chunk that bundles it (hundreds of "maplibre" build markers). Everything else is
 * the app's.
 */
function isMapLibre(path: string, body: Buffer): boolean {
	if (/\/maplibre-gl[^/]*\.mjs$/.test(path)) return true;
	return (body.toString('utf8').match(/maplibre/gi)?.length ?? 0) >= 20;
}

function kindOf(response: LoggedResponse): Kind {
	const path = response.url.split('?')[0] ?? '';
	if (/\.m?js$/.test(path)) return isMapLibre(path, response.body) ? 'maplibre' : 'js';
	if (path.endsWith('.css')) return 'css';
	if (path.endsWith('.geojson')) return 'geodata';
	if (path.endsWith('.pbf')) return 'glyphs';
	if (path.endsWith('/') || path.endsWith('.html') || response.contentType.includes('html')) {
		return 'html';
	}
	return 'other';
}

function sum(downloads: Download[], kinds: Kind[]): number {
	return downloads.filter((d) => kinds.includes(d.kind)).reduce((total, d) => total + d.gzip, 0);
}

/** Paths of the resources the page began to fetch before `idleMs` (its own resource timing). */
function requestedBefore(page: Page, idleMs: number): Promise<string[]> {
	return page.evaluate(
		(idle) =>
			performance
				.getEntriesByType('resource')
				.filter((entry) => entry.startTime < idle)
				.map((entry) => new URL(entry.name).pathname),
		idleMs
	);
}

/**
 * Loads `path` in a fresh context and returns every response the server sent for it by map idle.
 * Scripts count only when the page asked for them before idle: a chunk the app loads once the map
 * is idle may reach the server log before it is read, and is not first-screen code.
 */
async function downloadsUntilIdle(
	browser: Browser,
	server: BenchServer,
	path: string
): Promise<Download[]> {
	const clearLog = async () => {
		server.log.length = 0;
	};
	const options = { initScripts: [recordAppIdle], beforeLoad: clearLog };
	return atMapIdle(browser, server.origin, path, options, async (page, idleMs) => {
		const responses = server.log.filter((r) => r.status === 200);
		const early = new Set(await requestedBefore(page, idleMs));
		return responses
			.map((r) => ({
				path: r.url.split('?')[0] ?? r.url,
				kind: kindOf(r),
				raw: r.body.length,
				gzip: gzipBytes(r.body)
			}))
			.filter((d) => d.kind !== 'js' || early.has(d.path));
	});
}

function byKind(downloads: Download[]): Record<string, number> {
	const totals: Record<string, number> = {};
	for (const d of downloads) totals[d.kind] = (totals[d.kind] ?? 0) + d.gzip;
	return Object.fromEntries(Object.entries(totals).map(([kind, bytes]) => [kind, kB(bytes)]));
}

function files(downloads: Download[], kinds: Kind[]) {
	return downloads
		.filter((d) => kinds.includes(d.kind))
		.sort((a, b) => b.gzip - a.gzip)
		.map((d) => ({
			file: d.path.split('/').pop(),
			kind: d.kind,
			gzipKB: kB(d.gzip),
			rawKB: kB(d.raw)
		}));
}

/** The embed loader's gzip size, or a "missing" metric when the file does not exist yet. */
function measureEmbedLoader(): Metric {
	const label = 'static/embed.js (gzip)';
	if (!existsSync(EMBED_JS)) {
		return {
			id: 'bytes.embed-loader',
			label,
			value: null,
			unit: 'kB',
			budget: 3,
			pass: null,
			raw: 'missing'
		};
	}
	const body = readFileSync(EMBED_JS);
	return metric({
		id: 'bytes.embed-loader',
		label,
		value: kB(gzipBytes(body)),
		unit: 'kB',
		budget: 3,
		raw: [kB(gzipBytes(body)), kB(body.length)],
		note: 'gzip kB, raw kB'
	});
}

export async function measureBytes(browser: Browser, server: BenchServer): Promise<Metric[]> {
	const metrics: Metric[] = [];
	try {
		const root = await downloadsUntilIdle(browser, server, APP_PATH);
		metrics.push(
			metric({
				id: 'bytes.app-js',
				label: 'JS beyond MapLibre, / (gzip)',
				value: kB(sum(root, ['js'])),
				unit: 'kB',
				budget: 60,
				raw: files(root, ['js', 'maplibre']),
				note: `every .js/.mjs the page requested before map idle; kind "maplibre" is excluded`
			}),
			metric({
				id: 'bytes.geodata',
				label: 'Initial geodata, / (gzip)',
				value: kB(sum(root, ['geodata'])),
				unit: 'kB',
				budget: 150,
				raw: files(root, ['geodata']),
				note: '.geojson responses before map idle'
			}),
			metric({
				id: 'bytes.glyphs',
				label: 'Glyphs before idle, / in English (gzip)',
				value: kB(sum(root, ['glyphs'])),
				unit: 'kB',
				budget: 50,
				raw: files(root, ['glyphs']),
				note: 'glyph PBFs before map idle: one font, the ranges the first view draws'
			}),
			metric({
				id: 'bytes.total-root',
				label: 'Total transfer, / (gzip)',
				value: kB(sum(root, ['html', 'js', 'maplibre', 'css', 'geodata', 'glyphs', 'other'])),
				unit: 'kB',
				raw: byKind(root),
				note: 'every response before map idle, each gzipped (glyph PBFs too)'
			})
		);
	} catch (error) {
		metrics.push(failed('bytes.app-js', 'JS beyond MapLibre, / (gzip)', 'kB', error));
	}
	try {
		const embed = await downloadsUntilIdle(browser, server, '/embed/');
		metrics.push(
			metric({
				id: 'bytes.total-embed',
				label: 'Total transfer, /embed/ (gzip)',
				value: kB(sum(embed, ['html', 'js', 'maplibre', 'css', 'geodata', 'glyphs', 'other'])),
				unit: 'kB',
				raw: { ...byKind(embed), appJs: files(embed, ['js']) },
				note: '/embed/ opened as a top-level page at 1200×800: its map is in view at once, so this is the cost once an embed scrolls into view, up to map idle'
			})
		);
	} catch (error) {
		metrics.push(failed('bytes.total-embed', 'Total transfer, /embed/ (gzip)', 'kB', error));
	}
	metrics.push(measureEmbedLoader());
	return metrics;
}
