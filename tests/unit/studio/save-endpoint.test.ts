/** "Save to geodata/" writes only a valid story, only inside geodata/, and answers hostile input with a 4xx. */
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { geodataFiles } from '$lib/studio/bundle';
import { SAVE_PATH, saveMiddleware } from '../../../scripts/vite/studio-plugin';
import { saveBundle } from '../../../scripts/vite/studio-save';
import { contentModel, GEODATA, reviewedDraft } from './support';

let dir: string;
let geodata: string;
let server: Server;

beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'studio-save-'));
	geodata = join(dir, 'geodata');
	cpSync(GEODATA, geodata, { recursive: true });
	const middleware = saveMiddleware(geodata, saveBundle, 2_000_000);
	server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterEach(async () => {
	await new Promise((resolve) => server.close(resolve));
	rmSync(dir, { recursive: true, force: true });
});

async function post(body: unknown, raw?: string) {
	const { port } = server.address() as AddressInfo;
	const response = await fetch(`http://127.0.0.1:${port}${SAVE_PATH}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: raw ?? JSON.stringify(body)
	});
	return { status: response.status, text: await response.text() };
}

const files = (id = 'studio-test-story') => geodataFiles(reviewedDraft(id), contentModel());

describe('POST /__studio/save', () => {
	it('writes a valid story into geodata/', async () => {
		const answer = await post({ files: files() });
		expect(answer).toEqual({
			status: 200,
			text: 'saved 5 files for "studio-test-story"; run npm run data'
		});
		expect(readFileSync(join(geodata, 'articles/studio-test-story.txt'), 'utf8')).toContain(
			'throwing everything they have'
		);
	});

	it('refuses to overwrite an existing story without confirmation, and overwrites it with one', async () => {
		expect((await post({ files: files() })).status).toBe(200);
		expect(await post({ files: files() })).toEqual({
			status: 409,
			text: 'story "studio-test-story" exists: confirm to overwrite it'
		});
		expect((await post({ files: files(), overwrite: true })).status).toBe(200);
	});

	it('refuses a bundle that changes another story', async () => {
		const bundle = files();
		bundle['statements.json'] = bundle['statements.json']!.replace('tense and difficult', 'tense');
		const answer = await post({ files: bundle });
		expect(answer.status).toBe(409);
		expect(answer.text).toMatch(
			/^the bundle would change other stories: bi-2024-07-zelenskyy-kharkiv/
		);
	});

	it("refuses an invalid bundle with the validator's lines", async () => {
		const bundle = files();
		bundle['articles/studio-test-story.txt'] = 'Another text altogether.\n';
		const answer = await post({ files: bundle });
		expect(answer.status).toBe(422);
		expect(answer.text).toMatch(
			/^statements\.json: studio-test-story-1: quote: not found verbatim/
		);
		expect(existsSync(join(geodata, 'articles/studio-test-story.txt'))).toBe(false);
	});

	it.each([
		['../outside.txt'],
		['/etc/passwd'],
		['articles/../../outside.txt'],
		['articles/UPPER.txt'],
		['frontline/2024-05-09.geojson'],
		['articles/a/b.txt']
	])('answers 400 to the hostile path %s and writes nothing', async (path) => {
		const answer = await post({ files: { ...files(), [path]: 'x' } });
		expect(answer).toEqual({ status: 400, text: `${path}: not a content-model file` });
		expect(existsSync(join(dir, 'outside.txt'))).toBe(false);
	});

	it('will not write through a symlink', async () => {
		const outside = join(dir, 'outside.txt');
		writeFileSync(outside, 'untouched');
		symlinkSync(outside, join(geodata, 'articles/studio-test-story.txt'));
		const answer = await post({ files: files(), overwrite: true });
		expect(answer).toEqual({
			status: 400,
			text: 'articles/studio-test-story.txt: outside geodata/ or through a symlink'
		});
		expect(readFileSync(outside, 'utf8')).toBe('untouched');
	});

	it('answers 413 to an oversized body, 400 to malformed JSON or shape', async () => {
		expect((await post(null, `{"files":{"a":"${'x'.repeat(2_100_000)}"}}`)).status).toBe(413);
		expect(await post(null, '{not json')).toEqual({ status: 400, text: 'the body is not JSON' });
		expect((await post({ files: 'nope' })).status).toBe(400);
		expect((await post({ files: { 'stories.json': '[]' } })).text).toBe(
			'the bundle must hold exactly one article text'
		);
	});
});
