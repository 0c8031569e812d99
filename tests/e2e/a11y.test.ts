import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/state/strings/en';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';

const browser = useBrowser();
/** axe's source, evaluated in the page: an injected <script> would be refused by the page's CSP. */
const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's options, as plain data so they cross into the page; no `runOnly` runs every rule. */
type AxeOptions = { runOnly?: string[] | { type: 'rule'; values: string[] } };
type AxeResult = {
	violations: {
		id: string;
		help: string;
		nodes: { target: unknown[]; failureSummary?: string }[];
	}[];
};

/** Runs axe on `scope` (a selector, or the whole document) and lists each violating node. */
async function axeViolations(page: Page, options: AxeOptions, scope?: string): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const result = await page.evaluate(
		async ([opts, selector]) => {
			const axe = (
				window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }
			).axe;
			const context = selector ? document.querySelector(selector) : document;
			return (await axe.run(context, opts)) as AxeResult;
		},
		[options, scope] as const
	);
	return result.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} — ${n.failureSummary ?? v.help}`)
	);
}

/**
 * axe measures contrast only for text it can see, so the side panel is scrolled through its
 * height and the contrast rule run again at each step.
 */
async function scrolledContrastViolations(page: Page): Promise<string[]> {
	const steps = await page.evaluate(() => {
		const side = document.querySelector('aside');
		return side ? Math.ceil(side.scrollHeight / side.clientHeight) : 0;
	});
	const found: string[] = [];
	for (let step = 1; step < steps; step++) {
		await page.evaluate((n) => {
			const side = document.querySelector('aside')!;
			side.scrollTop = n * side.clientHeight;
		}, step);
		found.push(
			...(await axeViolations(
				page,
				{ runOnly: { type: 'rule', values: ['color-contrast'] } },
				'aside'
			))
		);
	}
	return [...new Set(found)];
}

const PAGES = ['/', '/?place=kharkiv', '/?view=compare', '/embed/?place=pokrovsk'];
const VARIANTS = [
	{ theme: 'light', lang: 'en' },
	{ theme: 'dark', lang: 'en' },
	{ theme: 'light', lang: 'uk' },
	{ theme: 'dark', lang: 'uk' }
] as const;

describe.each(PAGES)('%s', (path) => {
	for (const { theme, lang } of VARIANTS) {
		// Every page, in both themes and both languages, meets WCAG 2.2 AA as far as axe can tell.
		it(`has no axe violations (${theme}, ${lang})`, async () => {
			const url = new URL(path, 'http://x.invalid');
			url.searchParams.set('theme', theme);
			if (lang === 'uk') url.searchParams.set('lang', lang);
			const tracked = await browser.open(url.pathname + url.search);
			const map = tracked.page.getByTestId('map');
			// Embeds create their map only once it scrolls into view.
			await map.scrollIntoViewIfNeeded();
			await waitForMapIdle(tracked.page);
			expect(await axeViolations(tracked.page, { runOnly: WCAG_22_AA })).toEqual([]);
			expect(await scrolledContrastViolations(tracked.page)).toEqual([]);
			expectClean(tracked);
		});
	}
});

const ALL_RULES_PAGES = [
	'/',
	'/?place=kharkiv',
	'/?view=compare',
	'/embed/',
	'/embed/?place=pokrovsk',
	'/embed/?place=belgorod&panel=closed',
	'/embed/?view=compare'
];

// Beyond WCAG: axe's best practices too (landmarks, one main, headings), on the app and its embeds.
it.each(ALL_RULES_PAGES)('%s passes every axe rule, best practices included', async (path) => {
	const tracked = await browser.open(path);
	await tracked.page.getByTestId('map').scrollIntoViewIfNeeded();
	await waitForMapIdle(tracked.page);
	expect(await axeViolations(tracked.page, {})).toEqual([]);
	expectClean(tracked);
});

// The credits are the sources' condition of use: the whole attribution shows, wrapped, in the window.
it.each([
	[1280, 800],
	[390, 844]
])('shows the whole attribution on / at %d × %d', async (width, height) => {
	const tracked = await browser.open('/', { context: { viewport: { width, height } } });
	await waitForMapIdle(tracked.page);
	const attribution = tracked.page.locator('.maplibregl-ctrl-attrib');
	const box = (await attribution.boundingBox())!;
	const map = (await tracked.page.getByTestId('map').boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(Math.min(height, map.y + map.height));
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(width);
	expect(await attribution.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
	expect(await attribution.textContent()).toContain(
		'OpenStreetMap contributors (via geoBoundaries)'
	);
	expectClean(tracked);
});

/** Tabs forwards or backwards (whichever way `target` lies) until it has focus. */
async function tabTo(page: Page, selector: string): Promise<void> {
	const target = page.locator(selector);
	for (let presses = 0; presses < 80; presses++) {
		const where = await target.evaluate((el) => {
			const active = document.activeElement;
			if (el === active) return 'here';
			if (!active || active === document.body) return 'after';
			return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING
				? 'after'
				: 'before';
		});
		if (where === 'here') return;
		await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe('keyboard only', () => {
	// Every place and every statement must be reachable without a mouse (WCAG 2.1.1).
	it('reaches each place in the list and reads its statements', async () => {
		const tracked = await browser.open('/');
		const { page } = tracked;
		await waitForMapIdle(page);
		const places = await page.locator('button[data-place]').evaluateAll((all) =>
			all.map((b) => ({
				id: b.getAttribute('data-place')!,
				name: b.querySelector('.name')!.textContent!
			}))
		);
		expect(places.length).toBeGreaterThanOrEqual(4);
		const panel = page.getByTestId('place-panel');
		for (const { id, name } of places) {
			await tabTo(page, `button[data-place="${id}"]`);
			await page.keyboard.press('Enter');
			await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(name);
			expect(await panel.locator('blockquote').count()).toBeGreaterThan(0);
		}
		expectClean(tracked);
	});

	// The map itself is a keyboard stop with a name, and the arrow keys pan it.
	it('focuses the labelled map canvas and pans it with ArrowRight', async () => {
		const tracked = await browser.open('/#map=7/49.2/36.9');
		const { page } = tracked;
		await waitForMapIdle(page);
		const canvas = page.getByRole('region', { name: en['map.label'] });
		expect(await canvas.evaluate((el) => el.tagName)).toBe('CANVAS');
		await tabTo(page, 'canvas.maplibregl-canvas');
		const lon = () => Number(new URL(page.url()).hash.split('/')[2]);
		expect(lon()).toBeCloseTo(36.9, 4);
		await page.keyboard.press('ArrowRight');
		await expect.poll(lon).toBeGreaterThan(36.9);
		expectClean(tracked);
	});

	// Whatever has focus shows it: a 2 px or wider outline on every stop of the Tab order (WCAG 2.4.7).
	it('shows a visible focus outline on every Tab stop', async () => {
		const tracked = await browser.open('/?place=kharkiv');
		const { page } = tracked;
		await waitForMapIdle(page);
		const invisible: string[] = [];
		const seen = new Set<string>();
		for (let presses = 0; presses < 60; presses++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
				const label = `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`;
				return { label, visible: outline || style.boxShadow !== 'none' };
			});
			if (!focus || seen.has(focus.label)) continue;
			seen.add(focus.label);
			if (!focus.visible) invisible.push(focus.label);
		}
		expect(seen.size).toBeGreaterThan(10);
		expect(invisible).toEqual([]);
		expectClean(tracked);
	});
});

// Screen-reader users hear what they selected, since the panel appears elsewhere on the page.
it('announces the selection in the live region', async () => {
	const tracked = await browser.open('/');
	const { page } = tracked;
	// The map is created once the page has hydrated: then the list's buttons answer clicks.
	await waitForMapIdle(page);
	await page.locator('button[data-place="kharkiv"]').click();
	await expect
		.poll(() => page.locator('[aria-live="polite"]').allTextContents())
		.toEqual(expect.arrayContaining([expect.stringContaining('Kharkiv')]));
	expectClean(tracked);
});
