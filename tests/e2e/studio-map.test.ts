/** Places are corrected on the map: a dragged marker moves the place in the export; a click links or adds a place. */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import type { PlaceRecord } from '$lib/data/schema/places';
import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { acceptWithUkrainian, cardOf, startBusinessInsider } from './support/studio';

const browser = useBrowser();

const placeCard = (page: Page, name: string) =>
	page
		.getByTestId('place-card')
		.filter({ has: page.getByRole('heading', { name: new RegExp(`^${name} `) }) });

async function coordinatesOf(page: Page, name: string): Promise<[number, number]> {
	const text = await placeCard(page, name).getByTestId('place-coordinates').textContent();
	return text!.split(', ').map(Number) as [number, number];
}

/** Moscow, the one city of the article that geodata/ lacks, accepted and filled in. */
async function acceptMoscow(page: Page) {
	const card = placeCard(page, 'Moscow');
	await card.getByRole('button', { name: 'Accept' }).click();
	await card.getByLabel('Ukrainian name').fill('Москва');
	await card.getByLabel('Oblast').selectOption('belgorod-oblast');
}

it('moves a new place where its marker is dragged, and exports the new coordinates', async () => {
	const tracked = await browser.open('/studio/');
	const { page } = tracked;
	await startBusinessInsider(page);
	await page.getByLabel('How the date is known').fill('The copy says “Wednesday”.');
	await acceptWithUkrainian(await cardOf(page, 'throwing everything'));
	await acceptMoscow(page);
	await waitForMapIdle(page);
	const before = await coordinatesOf(page, 'Moscow');

	const marker = page.locator('.place-marker[data-place="moscow"]');
	await marker.scrollIntoViewIfNeeded();
	const box = (await marker.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + 60, box.y + 50, { steps: 8 });
	await page.mouse.up();
	await expect.poll(() => coordinatesOf(page, 'Moscow')).not.toEqual(before);
	const after = await coordinatesOf(page, 'Moscow');
	expect(after[0]).toBeGreaterThan(before[0]);
	expect(after[1]).toBeLessThan(before[1]);

	await expect.poll(() => page.getByTestId('publish').textContent()).toContain('Ready to publish.');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: "Download the story's files" }).click()
	]);
	const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	const places = JSON.parse(strFromU8(zip['geodata/places.json']!)) as PlaceRecord[];
	const moscow = places.find((p) => p.name_en === 'Moscow')!;
	const [lon, lat] = moscow.coordinates!;
	expect([lon.toFixed(4), lat.toFixed(4)].map(Number)).toEqual(after);
	expect(moscow.coordinates_note).toBe(
		"set by the editor on the studio's map (marker dragged or edited)"
	);
	expectClean(tracked);
});

it('moves a place with the arrow keys in its card, links a place to the focused statement by clicking it, adds a place by clicking the map', async () => {
	const tracked = await browser.open('/studio/');
	const { page } = tracked;
	await startBusinessInsider(page);
	await acceptMoscow(page);
	await waitForMapIdle(page);
	const before = await coordinatesOf(page, 'Moscow');
	await placeCard(page, 'Moscow').getByLabel('Longitude').focus();
	await page.keyboard.press('ArrowUp');
	await expect
		.poll(() => coordinatesOf(page, 'Moscow'))
		.toEqual([Number((before[0] + 0.0001).toFixed(4)), before[1]]);

	const card = await cardOf(page, 'throwing everything');
	await card.focus();
	const belgorod = card.getByRole('checkbox', { name: /\(belgorod\)$/ });
	expect(await belgorod.isChecked()).toBe(false);
	await page.locator('.place-marker[data-place="belgorod"]').click();
	await expect.poll(() => belgorod.isChecked()).toBe(true);

	const count = await page.getByTestId('place-card').count();
	await page.getByRole('button', { name: 'Add a place on the map' }).click();
	const map = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.click(map.x + map.width / 2, map.y + 20);
	await expect.poll(() => page.getByTestId('place-card').count()).toBe(count + 1);
	expect(
		await page.getByTestId('place-card').last().getByLabel('Id', { exact: true }).inputValue()
	).toMatch(/^new-place-\d+$/);
	expectClean(tracked);
});

it('adds a place found by name in the gazetteer', async () => {
	const tracked = await browser.open('/studio/');
	const { page } = tracked;
	await startBusinessInsider(page);
	await page.getByLabel('Add a place by name').fill('Balakliya');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await page.getByRole('button', { name: 'Add Balakliya' }).first().click();
	expect(await coordinatesOf(page, 'Balakliya')).toEqual([36.8595, 49.4627]);
	expect(await placeCard(page, 'Balakliya').getByRole('heading').textContent()).toMatch(
		/^Balakliya \(balakliya, town, UA\)/
	);
	expectClean(tracked);
});
