import { Geodesic } from 'geographiclib-geodesic';
import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { lngLatOf } from './support/projection';

const browser = useBrowser();
const camera = { zoom: 7, center: [36.9, 49.2] as [number, number] };

function km(text: string | null): number {
	return Number((text ?? '').replace(/[^\d.]/g, ''));
}

// The ruler measures what was clicked: its length matches the geodesic between the clicked points.
it('measures a two-click segment within 1 % of the geodesic between the clicked coordinates', async () => {
	const tracked = await browser.open('/#map=7/49.2/36.9');
	await waitForMapIdle(tracked.page);
	await tracked.page.getByText('Measure', { exact: true }).click();
	await tracked.page.getByRole('button', { name: 'Ruler' }).click();
	const box = (await tracked.page.getByTestId('map').boundingBox())!;
	const from = { x: box.x + 150, y: box.y + 200 };
	const to = { x: box.x + 600, y: box.y + 500 };
	await tracked.page.mouse.click(from.x, from.y);
	await tracked.page.mouse.click(to.x, to.y);
	const total = tracked.page.getByTestId('ruler-total');
	await total.waitFor();
	const [lon1, lat1] = lngLatOf(from, camera, box);
	const [lon2, lat2] = lngLatOf(to, camera, box);
	const geodesic = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12! / 1000;
	expect(Math.abs(km(await total.textContent()) - geodesic) / geodesic).toBeLessThan(0.01);
	expect(new URL(tracked.page.url()).searchParams.has('place')).toBe(false);
	await tracked.page.keyboard.press('Escape');
	await expect.poll(() => total.count()).toBe(0);
	expectClean(tracked);
});

// The range ring lists the places inside its radius, chosen by keyboard-friendly controls.
it('lists the article places within a range ring around Kharkiv', async () => {
	const tracked = await browser.open('/');
	await tracked.page.getByText('Measure', { exact: true }).click();
	await tracked.page.getByRole('button', { name: 'Range ring' }).click();
	await tracked.page.getByLabel('Centre').selectOption('kharkiv');
	await tracked.page.getByLabel('Radius (km)').fill('100');
	const list = tracked.page.getByTestId('ring-places');
	await expect.poll(() => list.textContent()).toContain('Belgorod');
	expect(await list.textContent()).not.toContain('Pokrovsk');
	await waitForMapIdle(tracked.page);
	expectClean(tracked);
});

// The ring's list read as if Kharkiv were within 100 km of itself, and gave no distances; after a
// map click moved the ring, the Centre menu still claimed Kharkiv.
it('lists the ring’s places without its centre, with distances, and follows a map click', async () => {
	const tracked = await browser.open('/#map=7/49.2/36.9');
	const { page } = tracked;
	await waitForMapIdle(page);
	await page.getByText('Measure', { exact: true }).click();
	await page.getByRole('button', { name: 'Range ring' }).click();
	const centre = page.getByLabel('Centre');
	await centre.selectOption('kharkiv');
	await page.getByLabel('Radius (km)').fill('100');
	const items = page.getByTestId('ring-places').locator('li');
	await expect
		.poll(() => items.allInnerTexts())
		.toContainEqual(expect.stringMatching(/^Belgorod \d+ km$/));
	expect((await items.allInnerTexts()).join(' ')).not.toContain('Kharkiv');
	const box = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.click(box.x + 150, box.y + 200);
	await expect.poll(() => centre.inputValue()).toBe('map-point');
	expect(await centre.locator('option:checked').innerText()).toBe('Point clicked on the map');
	expectClean(tracked);
});
