import { expect, it } from 'vitest';
import { palettes } from '$lib/theme/palette';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { colourDistance, hexToRgb, pixelAt, type Rgb } from './support/pixels';
import { pixelOf, type TestCamera } from './support/projection';

const browser = useBrowser();
const CAMERA: TestCamera = { zoom: 7.5, center: [36.8, 49.6] };
const HASH = '#map=7.5/49.6/36.8';
/** In Kharkiv Oblast, 44 km from Kharkiv: inside the Kharkiv axis's 75 km. */
const NEAR_KHARKIV: [number, number] = [36.75, 49.75];
/** Also in Kharkiv Oblast, but 88 km from Kharkiv, on the way to Kupiansk: outside the axis's ground. */
const BEYOND_75_KM: [number, number] = [37.0, 49.35];

/** Open Ukrainian land, and the same under the measured ground's tint (22 % of the selection's blue). */
const LAND = hexToRgb(palettes.light.ukraine);
const SELECTED = hexToRgb(palettes.light.regionSelected);
const TINTED = LAND.map((channel, i) => Math.round(channel * 0.78 + SELECTED[i]! * 0.22)) as Rgb;

// The compare figures measure ground within 75 km of Kharkiv, not the whole oblast: the map tints
// only that circle, so Kupiansk's side of Kharkiv Oblast is not drawn as the axis's ground.
it('tints the Kharkiv axis’s 75 km circle, not the rest of Kharkiv Oblast, and says so in the legend', async () => {
	const tracked = await browser.open(`/?view=compare${HASH}`);
	const { page } = tracked;
	await waitForMapIdle(page);
	const box = (await page.getByTestId('map').boundingBox())!;
	const near = pixelOf(NEAR_KHARKIV, CAMERA, box);
	const beyond = pixelOf(BEYOND_75_KM, CAMERA, box);
	await expect
		.poll(async () => colourDistance(await pixelAt(page, near.x, near.y), TINTED))
		.toBeLessThanOrEqual(6);
	expect(colourDistance(await pixelAt(page, beyond.x, beyond.y), LAND)).toBeLessThanOrEqual(6);
	const legend = page.getByRole('group', { name: 'Legend' }).first();
	expect(await legend.innerText()).toContain('Kharkiv axis: ground within 75 km of Kharkiv');
	expectClean(tracked);
});

// Outside the compare view the map draws no axis circle and the legend names none.
it('draws no axis circle outside the compare view', async () => {
	const tracked = await browser.open(`/${HASH}`);
	const { page } = tracked;
	await waitForMapIdle(page);
	const box = (await page.getByTestId('map').boundingBox())!;
	const near = pixelOf(NEAR_KHARKIV, CAMERA, box);
	expect(colourDistance(await pixelAt(page, near.x, near.y), LAND)).toBeLessThanOrEqual(6);
	const legend = page.getByRole('group', { name: 'Legend' }).first();
	expect(await legend.innerText()).not.toContain('axis:');
	expectClean(tracked);
});
