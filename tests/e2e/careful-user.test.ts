import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { canvasText, downloadPng, recordCanvasText } from './support/canvas-text';

const browser = useBrowser();

// At 1440 × 900 the page was 30 px taller than the window, so the header scrolled away.
it('fits the page to a 1440 × 900 window, the side column scrolling on its own', async () => {
	const tracked = await browser.open('/', { context: { viewport: { width: 1440, height: 900 } } });
	await waitForMapIdle(tracked.page);
	const [pageHeight, windowHeight] = await tracked.page.evaluate(() => [
		document.scrollingElement!.scrollHeight,
		innerHeight
	]);
	expect(pageHeight).toBe(windowHeight);
	expectClean(tracked);
});

// With a place open, the statement cards' visually hidden wording (absolutely positioned) escaped
// the side column's scroll box and stretched the page to 3,359 px at 1200 × 800: wheeling past the
// end of the statements scrolled the header and the map away.
it('keeps a place’s page one window tall, the header in view at the end of its statements', async () => {
	const tracked = await browser.open('/?place=pokrovsk', {
		context: { viewport: { width: 1200, height: 800 } }
	});
	const { page } = tracked;
	const side = page.locator('aside.side');
	await page.locator('[data-testid="place-panel"] blockquote').first().waitFor();
	const box = await side.boundingBox();
	await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
	// The panels under the statements arrive once the map is idle and lengthen the column: wheel on.
	await expect
		.poll(async () => {
			await page.mouse.wheel(0, 1000);
			return side.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
		})
		.toBe(true);
	const [pageHeight, windowHeight, headerTop] = await page.evaluate(() => [
		document.scrollingElement!.scrollHeight,
		innerHeight,
		document.querySelector('header.masthead')!.getBoundingClientRect().top
	]);
	expect(pageHeight).toBe(windowHeight);
	expect(headerTop).toBe(0);
	expectClean(tracked);
});

// "0.0 km(inside the occupied area)" ran the number into the words.
it('spaces the distance from the note that a city lies inside the occupied area', async () => {
	const tracked = await browser.open('/?place=vovchansk');
	const row = tracked.page.locator('[data-testid="distances"] tr[data-to="front"] td');
	await expect.poll(() => row.innerText()).toBe('0.0 km (inside the occupied area)');
	expectClean(tracked);
});

// "Change since 9 May 2024 · the front came 71 km closer since 9 May" said the date twice.
it('names the earlier snapshot once in the change row', async () => {
	const tracked = await browser.open('/?place=kharkiv&date=2024-07-24');
	const row = tracked.page.locator('[data-testid="distances"] tr[data-to="front-change"]');
	await expect.poll(() => row.innerText()).toContain('Change since 9 May 2024');
	expect((await row.innerText()).match(/9 May/g)).toHaveLength(1);
	expectClean(tracked);
});

// A Ukrainian reader's tab should not be titled in English.
it('titles the tab in the reader’s language', async () => {
	const tracked = await browser.open('/?lang=uk');
	await expect
		.poll(() => tracked.page.title())
		.toBe('Мапа лінії фронту — Росія переносить фокус із Харкова на Покровськ');
	expectClean(tracked);
});

// On a phone the legend was two screens down: the first screen showed colours with no key.
it('shows a collapsible map key on a phone’s first screen', async () => {
	const tracked = await browser.open('/', {
		context: { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true }
	});
	const { page } = tracked;
	await waitForMapIdle(page);
	const occupied = page.locator('.map-key').getByText('Occupied by Russia, 1 August 2024');
	const box = (await occupied.boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(667);
	expect(await page.evaluate(() => scrollY)).toBe(0);
	await page.locator('.map-key summary').tap();
	await expect.poll(() => occupied.isVisible()).toBe(false);
	expectClean(tracked);
});

// On a phone the article sits below the map; closing it left the reader mid-page, map out of view.
it('brings a phone reader back up to the map when the article closes', async () => {
	const tracked = await browser.open('/?place=pokrovsk', {
		context: { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true }
	});
	const { page } = tracked;
	await waitForMapIdle(page);
	await page
		.getByTestId('place-panel')
		.getByRole('button', { name: /^in context/ })
		.first()
		.tap();
	const article = page.getByTestId('article');
	await article.waitFor();
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
	await article.getByRole('button', { name: /Back to the map/ }).tap();
	await expect
		.poll(() => page.getByTestId('map').evaluate((el) => el.getBoundingClientRect().top))
		.toBeGreaterThanOrEqual(0);
	const map = (await page.getByTestId('map').boundingBox())!;
	expect(map.y).toBeLessThan(667 / 2);
	expectClean(tracked);
});

// Distances on a map without a scale are guesswork, on screen and in print.
it('shows a scale bar on the map and burns one into the PNG', async () => {
	const tracked = await browser.open('/#map=7/49.2/36.9', { prepare: recordCanvasText });
	const { page } = tracked;
	await waitForMapIdle(page);
	expect(await page.locator('.maplibregl-ctrl-scale').innerText()).toMatch(/^\d+\s*km$/);
	await downloadPng(page);
	expect(await canvasText(page)).toMatch(/\b(1|2|5)0* km\b/);
	expectClean(tracked);
});

// White zoom buttons glare on the dark map and hide its dark icons' meaning.
it('draws the zoom buttons in the dark theme’s colours', async () => {
	const tracked = await browser.open('/?theme=dark');
	await waitForMapIdle(tracked.page);
	const background = await tracked.page
		.locator('.maplibregl-ctrl-group')
		.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).toBe('rgb(28, 31, 35)');
	expectClean(tracked);
});

// "on Wednesday" is a fact only with its evidence: a researcher opens how the date was worked out.
it('opens how a statement’s date was worked out from the keyboard, and the article’s date too', async () => {
	const tracked = await browser.open('/?place=pokrovsk');
	const { page } = tracked;
	const card = page.locator('[data-statement="zelenskyy-throwing-everything"]');
	const summary = card.getByText('How this date was worked out');
	await summary.focus();
	await page.keyboard.press('Enter');
	const note = card.getByTestId('dating-note').locator('p');
	await expect.poll(() => note.isVisible()).toBe(true);
	expect(await note.innerText()).toContain('Wednesday 31 July 2024');
	await card.getByRole('button', { name: /^in context/ }).click();
	const article = page.getByTestId('article');
	await expect
		.poll(() => article.locator('time').first().innerText())
		.toBe('31 July – 1 August 2024');
	await article.getByText('How this date was worked out').click();
	expect(await article.getByTestId('dating-note').innerText()).toContain(
		'The copy carries no date.'
	);
	expectClean(tracked);
});
