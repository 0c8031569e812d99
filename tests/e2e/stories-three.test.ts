import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { useFixtureSite } from './support/fixture-site';
import { pixelOf } from './support/projection';
import { addStoryAsReadmeSays } from './support/readme-story';

// The site built on geodata/ plus a third story (tests/fixtures/third-story/), added by the
// README's steps: Business Insider (two axes), the Kyiv Independent (one) and the fixture (three).
const site = useFixtureSite('e2e-three-stories', (dir) => addStoryAsReadmeSays(dir));
const browser = useBrowser();
const open = (path: string) =>
	browser.open(path, { origin: site.origin(), allowOrigins: [site.origin()] });

const BI = 'bi-2024-07-zelenskyy-kharkiv';
const KI = 'ki-2024-07-pokrovsk-main-target';
const FX = 'fx-2024-08-toretsk-vovchansk';
const TORETSK: [number, number] = [37.8478, 48.39477];
const placesList = (tracked: { page: import('playwright-core').Page }) =>
	tracked.page.getByRole('navigation', { name: 'Places in this story' });

// The README's steps end in a build that lists the new story, its places counted with the others'.
it('lists the story added by the README steps, with counts across the three stories', async () => {
	const tracked = await open('/');
	const list = placesList(tracked);
	const count = (id: string) => list.locator(`button[data-place="${id}"]`).textContent();
	await expect.poll(() => count('donetsk-oblast')).toContain('3 statements');
	expect(await count('kharkiv-oblast')).toContain('14 statements');
	expect(await list.locator('button[data-place="belgorod"]').count()).toBe(1);
	expectClean(tracked);
});

// ?story= narrows the list to one of three stories and its own counts.
it('filters the place list to the third story with ?story=', async () => {
	const tracked = await open(`/?story=${FX}`);
	const list = placesList(tracked);
	const listed = () =>
		list
			.locator('button[data-place]')
			.evaluateAll((b) => b.map((e) => e.getAttribute('data-place')));
	// The prerendered list holds every place until the page hydrates and applies ?story=.
	await expect
		.poll(async () => (await listed()).sort())
		.toEqual(['donetsk-oblast', 'kharkiv-oblast']);
	expect(await list.locator('button[data-place="donetsk-oblast"]').textContent()).toContain(
		'1 statement'
	);
	expectClean(tracked);
});

// Toretsk is in two of the three stories: its panel groups their statements under each story.
it('groups the statements of a place two stories share, clicked on the map', async () => {
	const tracked = await open('/#map=9/48.39477/37.8478');
	await waitForMapIdle(tracked.page);
	const box = (await tracked.page.getByTestId('map').boundingBox())!;
	const { x, y } = pixelOf(TORETSK, { zoom: 9, center: TORETSK }, box);
	await tracked.page.mouse.click(x, y);
	const panel = tracked.page.getByTestId('place-panel');
	await expect
		.poll(() =>
			panel
				.locator('section[data-story]')
				.evaluateAll((s) => s.map((e) => e.getAttribute('data-story')))
		)
		.toEqual([KI, FX]);
	const fx = panel.locator(`[data-story="${FX}"]`);
	expect(await fx.getByRole('heading', { level: 3 }).textContent()).toContain(
		'Toretsk and Vovchansk: a test fixture story'
	);
	expect(await fx.textContent()).toContain('Fixture Gazette · 3 August 2024');
	expect(await fx.textContent()).toContain('The pressure on Toretsk has doubled');
	const ki = panel.locator(`[data-story="${KI}"]`);
	expect(await ki.textContent()).toContain('Kostiantynivka, Toretsk, or Sloviansk');
	expect(await ki.textContent()).not.toContain('The pressure on Toretsk');
	expectClean(tracked);
});

// Each story compares its own axes: one, two (with a verdict) or three.
it.each([
	[KI, ['pokrovsk']],
	[BI, ['kharkiv', 'pokrovsk']],
	[FX, ['kharkiv', 'pokrovsk', 'toretsk']]
])('compares %s on its own axes', async (story, axes) => {
	const tracked = await open(`/?story=${story}&view=compare`);
	const compare = tracked.page.getByTestId('compare');
	await compare.getByTestId(`gained-${axes[0]}`).waitFor();
	expect(
		await compare
			.locator('article[data-axis]')
			.evaluateAll((a) => a.map((e) => e.getAttribute('data-axis')))
	).toEqual(axes);
	expect(await compare.getByTestId('verdict').count()).toBe(axes.length === 2 ? 1 : 0);
	expectClean(tracked);
});

// The timeline runs across the three stories; a date shows what was said up to it, by any story.
it('puts the three stories on one timeline, and one with ?story=', async () => {
	const before = await open('/?date=2024-08-01');
	const early = before.page.getByTestId('timeline-statements');
	await expect.poll(() => early.textContent()).toContain('Today, they (Russian forces)');
	expect(await early.textContent()).not.toContain('The pressure on Toretsk');
	const all = await open('/?date=2024-08-02');
	const shown = all.page.getByTestId('timeline-statements');
	await expect.poll(() => shown.textContent()).toContain('The pressure on Toretsk');
	expect(await shown.textContent()).toContain('Today, they (Russian forces)');
	expect(await shown.textContent()).toContain('The main objective today');
	const filtered = await open(`/?story=${FX}&date=2024-08-02`);
	const only = filtered.page.getByTestId('timeline-statements');
	await expect.poll(() => only.textContent()).toContain('The pressure on Toretsk');
	expect(await only.textContent()).not.toContain('Today, they (Russian forces)');
	expect(await filtered.page.locator('.timeline button[data-date="2024-07-30"]').count()).toBe(0);
	expect(await all.page.locator('.timeline button[data-date="2024-07-30"]').count()).toBe(1);
	for (const tracked of [before, all, filtered]) expectClean(tracked);
});
