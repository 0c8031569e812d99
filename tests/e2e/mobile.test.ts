import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { palettes } from '$lib/theme/palette';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { colourCentre, hexToRgb } from './support/pixels';

const browser = useBrowser();
const PHONE = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true };
const NARROW = { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true };

/** True when `selector`'s first match lies wholly inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
	return page.locator(selector).evaluate((el) => {
		const box = el.getBoundingClientRect();
		return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
	});
}

// On a phone the statements must sit over the map, not a screen's scroll below it.
it('shows the selected place in a bottom sheet over the map', async () => {
	const tracked = await browser.open('/?place=pokrovsk', { context: PHONE });
	const { page } = tracked;
	await waitForMapIdle(page);
	const sheet = page.getByTestId('bottom-sheet');
	const sheetBox = (await sheet.boundingBox())!;
	const mapBox = (await page.getByTestId('map').boundingBox())!;
	expect(sheetBox.y).toBeLessThan(mapBox.y + mapBox.height);
	expect(sheetBox.y + sheetBox.height).toBeCloseTo(740, 0);
	// The sheet is on top: the point in its middle belongs to it, not to the map canvas.
	const onTop = await sheet.evaluate((el) => {
		const box = el.getBoundingClientRect();
		return el.contains(document.elementFromPoint(box.x + box.width / 2, box.y + 60));
	});
	expect(onTop).toBe(true);
	expect(await inViewport(page, '[data-testid="place-panel"] h2')).toBe(true);
	expectClean(tracked);
});

// The sheet covers the lower map and the place is framed in the strip above it: the key folds while a
// place is open, so the reader sees where the place is, and opens again when it is closed.
it('folds the map key while a place is open, keeping the place in view above the sheet', async () => {
	const tracked = await browser.open('/?place=pokrovsk', { context: PHONE });
	const { page } = tracked;
	await waitForMapIdle(page);
	const key = page.locator('details.map-key');
	expect(await key.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
	const map = (await page.getByTestId('map').boundingBox())!;
	const sheetTop = (await page.getByTestId('bottom-sheet').boundingBox())!.y;
	const strip = (sheetTop - map.y) / 2;
	const marker = await colourCentre(
		page,
		{ x: map.x + map.width / 2, y: map.y + strip },
		Math.floor(strip) - 1,
		hexToRgb(palettes.light.selected)
	);
	expect(marker).not.toBeNull();
	const onCanvas = await page.evaluate(
		({ x, y }) => document.elementFromPoint(x, y)?.tagName,
		marker!
	);
	expect(onCanvas).toBe('CANVAS');

	await page.keyboard.press('Escape');
	await expect.poll(() => key.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
	expectClean(tracked);
});

// The grab handle is how a phone reader gets to every quote; it must work by touch and say its state.
it('opens the sheet to full screen with its handle and shows Pokrovsk’s first quote in view', async () => {
	const tracked = await browser.open('/?place=pokrovsk', { context: PHONE });
	const { page } = tracked;
	const handle = page.getByRole('button', { name: /Statement panel size/ });
	await expect.poll(() => handle.getAttribute('aria-label')).toContain('half open');
	await handle.tap();
	await expect.poll(() => handle.getAttribute('aria-label')).toContain('full screen');
	const quote = page
		.getByTestId('place-panel')
		.locator('blockquote', { hasText: 'tense and difficult' });
	await expect
		.poll(() =>
			quote.evaluate((el) => {
				const box = el.getBoundingClientRect();
				return box.top >= 0 && box.bottom <= innerHeight;
			})
		)
		.toBe(true);
	await handle.tap();
	await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
	expectClean(tracked);
});

// Keyboard users on small screens (or with zoom) resize the sheet with the same button.
it('cycles the sheet with Enter and steps it with the arrow keys', async () => {
	const tracked = await browser.open('/?place=kharkiv', { context: PHONE });
	const { page } = tracked;
	const sheet = page.getByTestId('bottom-sheet');
	const handle = page.getByRole('button', { name: /Statement panel size/ });
	await handle.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => sheet.getAttribute('data-state')).toBe('full');
	await page.keyboard.press('ArrowDown');
	await expect.poll(() => sheet.getAttribute('data-state')).toBe('half');
	await page.keyboard.press('ArrowDown');
	await expect.poll(() => sheet.getAttribute('data-state')).toBe('peek');
	expect(await handle.getAttribute('aria-expanded')).toBe('false');
	await page.keyboard.press('ArrowUp');
	await expect.poll(() => sheet.getAttribute('data-state')).toBe('half');
	expectClean(tracked);
});

// Readers who ask for less motion get a sheet that snaps instead of sliding.
it('does not animate the sheet under prefers-reduced-motion', async () => {
	const tracked = await browser.open('/?place=kharkiv', {
		context: { ...PHONE, reducedMotion: 'reduce' }
	});
	const sheet = tracked.page.getByTestId('bottom-sheet');
	expect(await sheet.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
	expectClean(tracked);
});

// WCAG 2.5.8 and thumbs: chips and the sheet's handle and close button are at least 44 × 44 px.
// Inline text buttons inside statements ("in context", "Also about …") are exempt as inline targets.
it('gives every place chip and sheet control a 44 × 44 px touch target', async () => {
	const tracked = await browser.open('/?place=kharkiv', { context: PHONE });
	const { page } = tracked;
	await page.getByTestId('place-panel').waitFor();
	const targets = page.locator(
		'button[data-place], [data-testid="bottom-sheet"] > button, [data-testid="place-panel"] header button'
	);
	expect(await targets.count()).toBeGreaterThanOrEqual(6);
	const small: string[] = [];
	for (const target of await targets.all()) {
		const box = (await target.boundingBox())!;
		if (box.width < 44 || box.height < 44) {
			small.push(
				`${(await target.getAttribute('aria-label')) ?? (await target.textContent())}: ${box.width}×${box.height}`
			);
		}
	}
	expect(small).toEqual([]);
	expectClean(tracked);
});

// The place list is one row of chips on a phone, so the map stays near the top.
it('lays the place list out as a single horizontal row of chips', async () => {
	const tracked = await browser.open('/', { context: PHONE });
	const tops = await tracked.page
		.locator('button[data-place]')
		.evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
	expect(tops.length).toBeGreaterThan(1);
	expect(new Set(tops).size).toBe(1);
	expectClean(tracked);
});

describe.each(['/', '/?place=kharkiv'])('at 320 px wide, %s', (path) => {
	// WCAG 1.4.10 reflow: nothing may force sideways scrolling on the narrowest phones.
	it('has no horizontal scrolling', async () => {
		const tracked = await browser.open(path, { context: NARROW });
		await waitForMapIdle(tracked.page);
		expect(
			await tracked.page.evaluate(() => document.documentElement.scrollWidth)
		).toBeLessThanOrEqual(320);
		expectClean(tracked);
	});
});
