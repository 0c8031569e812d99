import { expect, it } from 'vitest';
import { expectClean, useBrowser } from './support/browser';
import { colourCentre, hexToRgb } from './support/pixels';

/** Chromium without WebGL, as on locked-down office machines and some old GPUs. */
const browser = useBrowser(['--disable-webgl', '--disable-3d-apis']);

// Readers without WebGL must be told why there is no map, and still get the article's content.
it('says in plain words that WebGL is off, and the list and statement panel still work', async () => {
	const tracked = await browser.open('/');
	const { page } = tracked;
	const alert = page.getByRole('alert');
	await expect.poll(() => alert.textContent()).toContain('WebGL turned off or unavailable');
	await page.locator('button[data-place="pokrovsk"]').click();
	const panel = page.getByTestId('place-panel');
	await expect.poll(() => panel.textContent()).toContain('throwing everything they have');
	await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Pokrovsk');
	// The distances wait for the map to settle; a map that failed has settled.
	await panel.locator('[data-testid="distances"] tr[data-to="border"]').waitFor();
	expect(new URL(page.url()).searchParams.get('place')).toBe('pokrovsk');
	expect(await page.getByTestId('map').count()).toBe(0);
	expectClean(tracked);
});

// Instead of an empty box, the map area keeps the first frame under the message.
it('keeps the first frame as the map’s picture under the message', async () => {
	const tracked = await browser.open('/?place=pokrovsk');
	const { page } = tracked;
	await expect.poll(() => page.getByRole('alert').textContent()).toContain('WebGL');
	const box = (await page.getByTestId('first-frame').boundingBox())!;
	// Pokrovsk's frame centres the selected place (blue) in the map area.
	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	const marker = await colourCentre(page, centre, 11, hexToRgb('#0b63ce'));
	expect(marker).not.toBeNull();
	expect(Math.hypot(marker!.x - centre.x, marker!.y - centre.y)).toBeLessThanOrEqual(2);
	expectClean(tracked);
});
