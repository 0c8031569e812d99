import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { canvasText, downloadPng, recordCanvasText } from './support/canvas-text';

const browser = useBrowser();
/** Kharkiv's distance to the 9 May occupied area, computed independently by the geo goldens. */
const KHARKIV_9_MAY_KM = (
	JSON.parse(
		readFileSync('tests/fixtures/geo/out/distance-to-front-2024-05-09.json', 'utf8')
	) as Record<string, { km: number }>
).kharkiv!.km;

/** Chooses 9 May on the timeline once the page is live (the map idle means it has hydrated). */
async function chooseNinthOfMay(page: Page): Promise<void> {
	await waitForMapIdle(page);
	await page.locator('button[data-date="2024-05-09"]').click();
	await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2024-05-09');
}

// A reader looking at the 9 May front must not read a 24 July caption, nor a key for gains not drawn.
it('names 9 May in the legend and leaves out the gains on the 9 May snapshot', async () => {
	const tracked = await browser.open('/');
	await chooseNinthOfMay(tracked.page);
	const legend = tracked.page.locator('.side fieldset.legend');
	await expect.poll(() => legend.innerText()).toContain('Occupied by Russia, 9 May 2024');
	const text = await legend.innerText();
	expect(text).toContain('Contested (grey zone), 9 May 2024');
	expect(text).not.toContain('24 July');
	expect(text).not.toContain('Gained by Russia');
	expectClean(tracked);
});

// A PNG of the 9 May map goes into print: its caption and legend must say 9 May.
it('burns 9 May into the PNG’s caption and legend', async () => {
	const tracked = await browser.open('/#map=7/49.2/36.9', { prepare: recordCanvasText });
	const { page } = tracked;
	await chooseNinthOfMay(page);
	await downloadPng(page);
	const drawn = await canvasText(page);
	expect(drawn).toContain('Front line of 9 May 2024');
	expect(drawn).toContain('Occupied by Russia, 9 May 2024');
	expect(drawn).not.toContain('24 July');
	expectClean(tracked);
});

// The distances table must measure to the front line the map shows, and say which one.
it('measures Kharkiv to the 9 May front line when 9 May is chosen', async () => {
	const tracked = await browser.open('/?place=kharkiv');
	await chooseNinthOfMay(tracked.page);
	const row = tracked.page.locator('[data-testid="distances"] tr[data-to="front"]');
	await expect.poll(() => row.innerText()).toContain('Front line (9 May 2024)');
	expect(await row.innerText()).toContain(`${Math.round(KHARKIV_9_MAY_KM)} km`);
	// The change row compares with the snapshot before; the first snapshot has none.
	expect(await tracked.page.locator('tr[data-to="front-change"]').count()).toBe(0);
	expectClean(tracked);
});

// The comparison names the span it measures and its verdict follows the date on screen: to the
// story's front at publication (1 August) more ground lay near Kharkiv, to 29 August near Pokrovsk.
it('measures the comparison to the week on screen and changes the verdict with it', async () => {
	const tracked = await browser.open('/?view=compare&date=2024-08-22');
	const { page } = tracked;
	const compare = page.getByTestId('compare');
	await waitForMapIdle(page);
	await expect
		.poll(() => compare.getByTestId('compare-span').innerText())
		.toContain('to 22 August 2024');
	const slider = page.getByRole('slider', { name: 'Week shown on the map' });
	await slider.focus();
	await page.keyboard.press('End');
	await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2024-08-29');
	await expect
		.poll(() => compare.getByTestId('compare-span').innerText())
		.toBe(
			'Measured from 9 May 2024 to 29 August 2024 (the latest weekly snapshot on or before the date on screen).'
		);
	await expect
		.poll(() => compare.getByTestId('verdict').innerText())
		.toBe('The evidence points to the Pokrovsk axis: 2 of 3 measures.');
	expect(await compare.getByTestId('measure-pace').innerText()).toContain(
		'Pokrovsk axis overtook in cumulative km² in the week to 15 August 2024.'
	);
	await page.goto(new URL('/?view=compare&date=2024-05-09', page.url()).href);
	await expect
		.poll(() => compare.getByTestId('compare-span').innerText())
		.toContain('has ended by the date on screen, 9 May 2024');
	expect(await compare.getByTestId('verdict').count()).toBe(0);
	expectClean(tracked);
});
