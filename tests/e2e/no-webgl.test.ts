import { expect, it } from 'vitest';
import { expectClean, useBrowser } from './support/browser';

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
	expect(new URL(page.url()).searchParams.get('place')).toBe('pokrovsk');
	expect(await page.getByTestId('map').count()).toBe(0);
	expectClean(tracked);
});
