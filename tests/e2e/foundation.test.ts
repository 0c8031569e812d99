import { describe, expect, it } from 'vitest';
import { palettes } from '../../src/lib/theme/palette';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { colourDistance, hexToRgb, pixelAt } from './support/pixels';
import { pixelOf } from './support/projection';

const browser = useBrowser();
const camera = { zoom: 6, center: [34.5, 47.0] as [number, number] };
const HASH = `#map=${camera.zoom}/${camera.center[1]}/${camera.center[0]}`;
/** Open water of the Black Sea west of Crimea, and farmland in Poltava oblast, far from overlays. */
const SEA: [number, number] = [32.2, 45.6];
const LAND: [number, number] = [34.0, 49.4];

// The embed's map is as tall as the window here, so the sea and the farmland are both on it.
describe.each(['/', '/embed/?height=800'])('the map on %s', (path) => {
	// Proves the offline style really drew: sea and land show their style colours, labels loaded glyphs.
	it('draws land, water and labels from its own origin', async () => {
		const glyphs: { url: string; status: number }[] = [];
		const tracked = await browser.open(path + HASH, {
			prepare: async (page) => {
				page.on('response', (response) => {
					if (response.url().endsWith('.pbf'))
						glyphs.push({ url: response.url(), status: response.status() });
				});
			}
		});
		await waitForMapIdle(tracked.page);
		const box = (await tracked.page.getByTestId('map').boundingBox())!;
		const sea = await pixelAt(tracked.page, ...xy(pixelOf(SEA, camera, box)));
		const land = await pixelAt(tracked.page, ...xy(pixelOf(LAND, camera, box)));
		expect(colourDistance(sea, hexToRgb(palettes.light.sea))).toBeLessThanOrEqual(6);
		expect(colourDistance(land, hexToRgb(palettes.light.ukraine))).toBeLessThanOrEqual(6);
		expect(glyphs.length).toBeGreaterThan(0);
		expect(glyphs.filter((g) => g.status !== 200)).toEqual([]);
		expectClean(tracked);
	});
});

// Proves the page keeps its promise of working offline: nothing is fetched from another origin.
it('loads / without console errors or off-origin requests', async () => {
	const tracked = await browser.open('/');
	await waitForMapIdle(tracked.page);
	expectClean(tracked);
});

function xy(point: { x: number; y: number }): [number, number] {
	return [point.x, point.y];
}
