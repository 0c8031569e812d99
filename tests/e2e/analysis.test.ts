import { Geodesic } from 'geographiclib-geodesic';
import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import {
	distanceToOccupiedKm,
	gainedWithinKm2,
	KHARKIV as KHARKIV_POINT,
	POKROVSK as POKROVSK_POINT
} from '../support/independent-geo';

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

/** The numbers of a compare figure's text, in order ("1,234.5 km²" → 1234.5). */
function numbers(text: string | null): number[] {
	return [...(text ?? '').replaceAll(',', '').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

// Each figure of the comparison holds to a geometry computed in the test from DeepState's weekly
// files, and the figures on screen add up: net = gained − lost, closer = before − after.
it('shows the week of 9 → 16 May as measured independently, in figures that add up', async () => {
	const tracked = await browser.open('/?view=compare&date=2024-05-16');
	const compare = tracked.page.getByTestId('compare');
	const kharkiv = compare.getByTestId('gained-kharkiv');
	await kharkiv.waitFor();
	const [net, gained, lost] = numbers(await kharkiv.textContent());
	expect(net).toBeCloseTo(gainedWithinKm2('2024-05-09', '2024-05-16', KHARKIV_POINT, 75), 0);
	expect(net).toBeCloseTo(gained! - lost!, 6);
	const [pokrovskNet] = numbers(await compare.getByTestId('gained-pokrovsk').textContent());
	expect(pokrovskNet).toBeCloseTo(
		gainedWithinKm2('2024-05-09', '2024-05-16', POKROVSK_POINT, 40),
		0
	);
	const front = await compare.getByTestId('front-kharkiv').textContent();
	const [before, after, closer] = numbers(front);
	expect(front).toMatch(/^Kharkiv: \d+ km → \d+ km, \d+ km closer$/);
	expect(closer).toBe(before! - after!);
	expect(Math.abs(before! - distanceToOccupiedKm('2024-05-09', KHARKIV_POINT))).toBeLessThanOrEqual(
		1
	);
	expect(Math.abs(after! - distanceToOccupiedKm('2024-05-16', KHARKIV_POINT))).toBeLessThanOrEqual(
		1
	);
	expectClean(tracked);
});

// A speaker's claim is not evidence of itself: the verdict counts the three measures only, each
// says which way it points, and the statements stand apart as what was said.
it('counts only measures in the verdict and shows statements as what was said', async () => {
	const tracked = await browser.open('/?view=compare');
	const compare = tracked.page.getByTestId('compare');
	const verdict = compare.getByTestId('verdict');
	await verdict.waitFor();
	expect(await verdict.textContent()).toBe(
		'The evidence points to the Kharkiv axis: 2 of 3 measures.'
	);
	expect(await compare.getByTestId('measure-gained').textContent()).toContain(
		'Points to the Kharkiv axis.'
	);
	expect(await compare.getByTestId('measure-closer').textContent()).toContain(
		'Points to the Kharkiv axis.'
	);
	expect(await compare.getByTestId('measure-pace').textContent()).toContain(
		'Points to the Pokrovsk axis.'
	);
	expect(await compare.textContent()).not.toContain('quotes');
	const said = compare.getByRole('heading', {
		name: 'What was said (shown, not counted as evidence)'
	});
	await said.waitFor();
	expect(await compare.locator('article[data-axis="pokrovsk"] li').count()).toBeGreaterThan(0);
	const method = await compare.getByTestId('compare-method').textContent();
	expect(method).toContain('Kharkiv axis: ground within 75 km of Kharkiv.');
	expect(method).toContain('Pokrovsk axis: ground within 40 km of Pokrovsk.');
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
