import { Geodesic } from 'geographiclib-geodesic';
import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';

const browser = useBrowser();
const KHARKIV = { lon: 36.25475, lat: 49.98177 };
const POKROVSK = { lon: 37.17706, lat: 48.28014 };

/** Parses "123.4 km" / "123 km" as shown in the table. */
function km(text: string | null): number {
	return Number((text ?? '').replace(/[^\d.]/g, ''));
}

// The distances a reader sees are right: Kharkiv–Pokrovsk agrees with an independent geodesic.
it('shows the Kharkiv–Pokrovsk distance within 0.5 % of the WGS84 geodesic', async () => {
	const tracked = await browser.open('/?place=kharkiv');
	const cell = tracked.page.locator('[data-testid="distances"] tr[data-to="pokrovsk"] td');
	await cell.waitFor();
	const shown = km(await cell.textContent());
	const geodesic =
		Geodesic.WGS84.Inverse(KHARKIV.lat, KHARKIV.lon, POKROVSK.lat, POKROVSK.lon).s12! / 1000;
	expect(Math.abs(shown - geodesic) / geodesic).toBeLessThan(0.005);
	expect(
		await tracked.page.locator('[data-testid="distances"] tr[data-to="border"] td').textContent()
	).toMatch(/km/);
	expectClean(tracked);
});

// The comparison's territorial numbers are computed from the data, from 9 May to the front at
// publication (1 August), and match the reference difference of the weekly files.
it('compares the area Russia gained on both axes within 2 % of 212.4 and 306.0 km²', async () => {
	const tracked = await browser.open('/?view=compare');
	const compare = tracked.page.getByTestId('compare');
	const kharkiv = compare.getByTestId('gained-kharkiv');
	await kharkiv.waitFor();
	expect(Math.abs(km(await kharkiv.textContent()) - 212.4) / 212.4).toBeLessThan(0.02);
	const pokrovsk = km(await compare.getByTestId('gained-pokrovsk').textContent());
	expect(Math.abs(pokrovsk - 306.0) / 306.0).toBeLessThan(0.02);
	expect(await compare.getByTestId('verdict').textContent()).toContain('Pokrovsk axis');
	expectClean(tracked);
});

// Choosing a date on the timeline filters the statements and goes into the URL.
it('filters statements by a timeline date and records it in the URL', async () => {
	const tracked = await browser.open('/?place=kharkiv');
	const panel = tracked.page.getByTestId('place-panel');
	await expect.poll(() => panel.locator('blockquote').count()).toBeGreaterThan(1);
	const all = await panel.locator('blockquote').count();
	await tracked.page.locator('button[data-date="2024-07-17"]').click();
	await expect.poll(() => new URL(tracked.page.url()).searchParams.get('date')).toBe('2024-07-17');
	await expect.poll(() => panel.locator('blockquote').count()).toBeLessThan(all);
	const shown = await panel.locator('blockquote').allTextContents();
	expect(shown.join(' ')).toContain('This operation is ongoing');
	expect(shown.join(' ')).not.toContain('throwing everything they have');
	// The map switched to the 9 May snapshot in place, without failing.
	await waitForMapIdle(tracked.page);
	expect(await tracked.page.getByRole('alert').count()).toBe(0);
	expectClean(tracked);
});
