/**
 * The strict Content-Security-Policy that newsrooms audit: every page carries it, nothing the app
 * does while a reader uses it breaks it, and it would stop injected markup from running.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { hostileStatement, IMG, renderStatementCard, SCRIPT } from './support/hostile-statement';
import { pixelOf } from './support/projection';
import { startBusinessInsider } from './support/studio';

const browser = useBrowser();

/** Records every CSP violation in every frame of the page, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const log: string[] = [];
		Object.assign(window, { cspViolations: log });
		document.addEventListener('securitypolicyviolation', (event) =>
			log.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`)
		);
	});
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

const policyOf = (page: Page) =>
	page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

describe('every page', () => {
	it.each(['/', '/?place=kharkiv', '/?view=compare', '/embed/', '/embed/?place=pokrovsk'])(
		'%s carries the strict policy and loads its map without a violation',
		async (path) => {
			const tracked = await browser.open(path, { prepare: recordViolations });
			const policy = await policyOf(tracked.page);
			expect(policy).toMatch(/default-src 'self'/);
			expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'(;| 'sha256)/);
			expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
			await waitForMapIdle(tracked.page);
			expect(await violations(tracked.page)).toEqual([]);
			expectClean(tracked);
		}
	);
});

// The studio runs the ingest engine in a same-origin worker that fetches the gazetteer: no eval, no inline script.
it('/studio/ carries the strict policy and runs its ingest worker without a violation', async () => {
	const tracked = await browser.open('/studio/', { prepare: recordViolations });
	expect(await policyOf(tracked.page)).toMatch(/worker-src 'self'/);
	await startBusinessInsider(tracked.page);
	expect(await violations(tracked.page)).toEqual([]);
	expectClean(tracked);
});

// What a reader does (click a place, compare, export an image) must work under the policy too.
it('keeps to the policy while a place is clicked, compare opens and a PNG is exported', async () => {
	const tracked = await browser.open('/#map=7/49.2/36.9', { prepare: recordViolations });
	const { page } = tracked;
	await waitForMapIdle(page);
	const box = (await page.getByTestId('map').boundingBox())!;
	const pokrovsk = pixelOf([37.17706, 48.28014], { zoom: 7, center: [36.9, 49.2] }, box);
	await page.mouse.click(pokrovsk.x, pokrovsk.y);
	await expect
		.poll(() => page.getByTestId('place-panel').textContent())
		.toContain('throwing everything they have');

	await page.getByText('Download', { exact: true }).click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('download').getByRole('button', { name: 'Map image (PNG)' }).click()
	]);
	expect(await file.failure()).toBeNull();

	await page.goto(new URL('/?view=compare', page.url()).href);
	await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('axis');
	await waitForMapIdle(page);
	expect(await violations(page)).toEqual([]);
	expectClean(tracked);
});

// Data is text, never markup; and if markup were ever injected, the policy would still stop it.
it('shows a statement carrying <script> and onerror= as text, and the policy blocks them as markup', async () => {
	const tracked = await browser.open('/', { prepare: recordViolations });
	const { page } = tracked;
	await waitForMapIdle(page);
	const card = renderStatementCard(hostileStatement);
	await page.evaluate((html) => {
		const rendered = document.createElement('section');
		rendered.dataset.testid = 'rendered-card';
		rendered.innerHTML = html;
		document.body.append(rendered);
	}, card);
	await expect.poll(() => page.getByTestId('rendered-card').textContent()).toContain(SCRIPT);

	// The same markup injected raw: the inline script and the handler are refused by the policy.
	await page.evaluate((html) => {
		const injected = document.createElement('div');
		injected.innerHTML = html;
		document.body.append(injected);
		const script = document.createElement('script');
		script.textContent = 'window.injected = "script"';
		document.body.append(script);
	}, `${IMG}`);
	await expect
		.poll(() => violations(page))
		.toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^script-src-attr blocked inline/),
				expect.stringMatching(/^script-src-elem blocked inline/)
			])
		);
	expect(await violations(page)).toEqual(
		(await violations(page)).filter((v) => v.startsWith('script-src'))
	);
	expect(await page.evaluate(() => (window as { injected?: string }).injected)).toBeUndefined();
	// The console reports the refusals and the broken image's request, and nothing else.
	expect(
		tracked.errors.filter((e) => !/Content Security Policy|Failed to load resource/.test(e))
	).toEqual([]);
	expect(tracked.offOrigin).toEqual([]);
});

describe('the _headers file', () => {
	// Hosts that read _headers send the same policy, plus who may frame the page.
	it.each([
		['/', "frame-ancestors 'self'"],
		['/embed/', 'frame-ancestors *']
	])('serves %s with its meta policy and %s', async (path, ancestors) => {
		const tracked = await browser.open(path);
		const response = await tracked.page.request.get(tracked.page.url());
		const header = response.headers()['content-security-policy'];
		expect(header).toBe(`${await policyOf(tracked.page)}; ${ancestors}`);
		expect(response.headers()['x-content-type-options']).toBe('nosniff');
		expectClean(tracked);
	});
});
