import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle, type TrackedPage } from './support/browser';

const browser = useBrowser();

/** The merged front-line overlays MapLibre fetches at run time, for any snapshot (hashed file names). */
const FRONTLINE = '**/*-map.*.geojson';

/** Values that have broken URL parsers: non-finite numbers, bad escapes, markup, huge strings. */
const garbageValue = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.constantFrom(
			'NaN',
			'Infinity',
			'-Infinity',
			'1e999',
			'-1e999',
			'-1',
			'-0',
			'0x1F',
			'',
			'%',
			'%E0%A4%A',
			'%ZZ',
			'%00',
			'%C0%AF',
			'%uD800',
			'<script>alert(1)</script>',
			'<img src=x onerror=alert(1)>',
			'"\'><svg onload=alert(1)>',
			'javascript:alert(1)',
			'../../../etc/passwd',
			'pokrovsk,kharkiv',
			'pokrovsk%00',
			'POKROVSK',
			' pokrovsk'
		)
	},
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent) },
	{ weight: 1, arbitrary: fc.double().map(String) },
	// Stays under Node's 16 kB header limit with 4 params: the server must answer, not the app.
	{ weight: 1, arbitrary: fc.integer({ min: 1000, max: 2500 }).map((n) => 'A'.repeat(n)) }
);
const paramName = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.constantFrom('place', 'view', 'date', 'lang', 'theme', 'controls', 'panel', 'id')
	},
	{
		weight: 1,
		arbitrary: fc.constantFrom('map', 'zoom', '__proto__', 'constructor', 'utm_source', '')
	},
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }).map(encodeURIComponent) }
);
const query = fc
	.array(fc.tuple(paramName, garbageValue), { maxLength: 4 })
	.map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));
const hashPart = fc.oneof(
	fc.constantFrom('NaN', 'Infinity', '1e999', '-5', '-0', '999', '99999999', 'abc', '', '%', '%E0'),
	fc.double().map(String),
	fc.integer({ min: -1000, max: 1000 }).map(String)
);
const hash = fc.oneof(
	{ weight: 2, arbitrary: fc.constant('') },
	{
		weight: 4,
		arbitrary: fc
			.array(hashPart, { minLength: 1, maxLength: 7 })
			.map((parts) => `#map=${parts.join('/')}`)
	},
	// The hash never reaches the server, so it can be as long as a browser allows.
	{
		weight: 1,
		arbitrary: fc.integer({ min: 10_000, max: 100_000 }).map((n) => `#map=${'9'.repeat(n)}`)
	},
	{
		weight: 1,
		arbitrary: hashPart.map((part) => `#map=7/49/37&x=<script>alert(1)</script>&map=${part}`)
	}
);
/** Cases that must always be among the 50, whatever the seed draws. */
const NAMED_CASES = [
	'/?place=<script>alert(1)</script>',
	'/?place=<img src=x onerror=alert(1)>#map=NaN/NaN/NaN',
	'/#map=Infinity/49.2/36.9',
	'/#map=1e999/49.2/36.9',
	'/#map=-3/49.2/36.9',
	'/?lang=%E0%A4%A&view=%#map=7/%ZZ/36.9',
	'/?nonsense=1&place=pokrovsk&place=<script>alert(1)</script>'
];
const randomUrl = fc
	.tuple(query, hash)
	.map(([search, fragment]) => `/${search === '' ? '' : `?${search}`}${fragment}`);

/** The place list is there and the app has hydrated (the map container only exists after). */
async function expectListAndMap(page: Page): Promise<void> {
	await page.getByTestId('map').waitFor({ state: 'attached' });
	await expect.poll(() => page.locator('button[data-place]').count()).toBeGreaterThan(5);
	await page.getByRole('heading', { name: 'Places in this story' }).waitFor();
}

describe('malformed URLs', () => {
	// Shared links get mangled by chat apps, trackers and attackers; none may break the page.
	it('loads 50 malformed URLs (7 named, 43 seeded random) without errors, always with the place list', async () => {
		const urls = [
			...NAMED_CASES,
			...fc.sample(randomUrl, { seed: 20240724, numRuns: 50 - NAMED_CASES.length })
		];
		const tracked = await browser.open('/');
		const { page } = tracked;
		page.on('dialog', (dialog) => {
			tracked.errors.push(`dialog: ${dialog.message()}`);
			void dialog.dismiss();
		});
		await expectListAndMap(page);
		for (const [index, url] of urls.entries()) {
			// A goto that only changes the hash would not reload the page.
			await page.goto('about:blank');
			await page.goto(new URL(url, inject('appOrigin')).href);
			await expectListAndMap(page);
			// MapLibre has been built with the URL's camera; waiting for idle too makes the run 5× longer.
			await page
				.locator('[data-testid="map"] canvas.maplibregl-canvas')
				.waitFor({ state: 'attached' });
			expect(await page.locator('img[src="x"], svg[onload]').count(), url).toBe(0);
			expect(tracked.errors, `URL #${index}: ${url.slice(0, 300)}`).toEqual([]);
		}
		expectClean(tracked);
	}, 120_000);
});

/** Chromium's console line for the failed fetch itself: the only error these tests expect. */
function failedLoad(status: number): RegExp {
	return new RegExp(
		`^console: Failed to load resource: the server responded with a status of ${status}\\b`
	);
}

/** Serves `status` for the front line until the returned function is called. */
async function breakFrontline(page: Page, status: number): Promise<() => Promise<void>> {
	const handler = (route: import('playwright-core').Route) =>
		route.fulfill({ status, contentType: 'text/plain', body: `status ${status}` });
	await page.route(FRONTLINE, handler);
	return () => page.unroute(FRONTLINE, handler);
}

async function expectDataFailureThenRecovery(
	tracked: TrackedPage,
	restore: () => Promise<void>,
	status: number
) {
	const { page } = tracked;
	const alert = page.getByRole('alert').filter({ hasText: 'The map data could not be loaded.' });
	await alert.waitFor();
	const retry = alert.getByRole('button', { name: 'Try again' });
	await retry.waitFor();
	await expect.poll(() => page.getByTestId('map').count()).toBe(0);
	expect(tracked.errors.filter((e) => !failedLoad(status).test(e))).toEqual([]);
	tracked.errors.length = 0;
	await restore();
	await retry.click();
	await waitForMapIdle(page);
	expect(await alert.count()).toBe(0);
	expectClean(tracked);
}

describe('front-line data failure', () => {
	// A missing file (bad deploy, purged cache) must explain itself and offer a way back.
	it('shows "could not be loaded" and a working "Try again" when the front line is a 404', async () => {
		let restore: () => Promise<void> = async () => {};
		const tracked = await browser.open('/', {
			prepare: async (page) => void (restore = await breakFrontline(page, 404))
		});
		await expectDataFailureThenRecovery(tracked, restore, 404);
	});

	// A server error is usually passing: retrying must bring the map back without a reload.
	it('shows "could not be loaded" and a working "Try again" when the front line is a 500', async () => {
		let restore: () => Promise<void> = async () => {};
		const tracked = await browser.open('/', {
			prepare: async (page) => void (restore = await breakFrontline(page, 500))
		});
		await expectDataFailureThenRecovery(tracked, restore, 500);
	});
});
