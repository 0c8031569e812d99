import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { pixelOf } from './support/projection';

const browser = useBrowser();
const camera = { zoom: 7, center: [36.9, 49.2] as [number, number] };
const POKROVSK: [number, number] = [37.17706, 48.28014];
const BUSINESS_INSIDER = 'bi-2024-07-zelenskyy-kharkiv';
const KYIV_INDEPENDENT = 'ki-2024-07-pokrovsk-main-target';

// Two stories talk about Pokrovsk: its panel groups their statements under each story's title, outlet and date.
it('groups a shared place’s statements by story, with title, outlet and date', async () => {
	const tracked = await browser.open('/#map=7/49.2/36.9');
	await waitForMapIdle(tracked.page);
	const box = (await tracked.page.getByTestId('map').boundingBox())!;
	const { x, y } = pixelOf(POKROVSK, camera, box);
	await tracked.page.mouse.click(x, y);
	const panel = tracked.page.getByTestId('place-panel');
	const groups = panel.locator('section[data-story]');
	await expect
		.poll(() => groups.evaluateAll((s) => s.map((e) => e.getAttribute('data-story'))))
		.toEqual([BUSINESS_INSIDER, KYIV_INDEPENDENT]);
	const bi = panel.locator(`[data-story="${BUSINESS_INSIDER}"]`);
	expect(await bi.getByRole('heading', { level: 3 }).textContent()).toContain(
		'Zelenskyy says Russia is giving up on Kharkiv'
	);
	expect(await bi.textContent()).toContain('Business Insider · 31 July – 1 August 2024');
	expect(await bi.textContent()).toContain('throwing everything they have');
	const ki = panel.locator(`[data-story="${KYIV_INDEPENDENT}"]`);
	expect(await ki.getByRole('heading', { level: 3 }).textContent()).toContain(
		'Pokrovsk became Russia’s main target'.replace('’', "'")
	);
	expect(await ki.textContent()).toContain('The Kyiv Independent');
	expect(await ki.textContent()).toContain('Today, they (Russian forces)');
	expect(await bi.textContent()).not.toContain('Today, they (Russian forces)');
	expectClean(tracked);
});

// "In context" must open the story the statement comes from, not the first story.
it('opens the second story in context from its statement', async () => {
	const tracked = await browser.open('/?place=kostiantynivka');
	const panel = tracked.page.getByTestId('place-panel');
	await panel
		.locator(`[data-story="${KYIV_INDEPENDENT}"]`)
		.getByRole('button', { name: 'in context' })
		.first()
		.click();
	const article = tracked.page.getByTestId('article');
	await expect
		.poll(() => article.locator('mark:focus').textContent())
		.toContain('Kostiantynivka, Toretsk, or Sloviansk');
	expect(await article.textContent()).toContain("Pokrovsk became Russia's main target");
	expectClean(tracked);
});

// `?story=` filters the place list to the story's places, with the story's own counts.
it('filters the place list to one story with ?story=', async () => {
	const tracked = await browser.open(`/?story=${KYIV_INDEPENDENT}`);
	const list = tracked.page.getByRole('navigation', { name: 'Places in this story' });
	await expect.poll(() => list.locator('button[data-place="belgorod"]').count()).toBe(0);
	expect(await list.locator('button[data-place="kostiantynivka"]').count()).toBe(1);
	expect(await list.locator('button[data-place="pokrovsk"]').textContent()).toContain(
		'4 statements'
	);
	const all = await browser.open('/');
	const allList = all.page.getByRole('navigation', { name: 'Places in this story' });
	await expect.poll(() => allList.locator('button[data-place="belgorod"]').count()).toBe(1);
	expect(await allList.locator('button[data-place="pokrovsk"]').textContent()).toContain(
		'9 statements'
	);
	expectClean(tracked);
	expectClean(all);
});

// A story with one axis compares that axis alone, measured over its own snapshots, with no verdict.
it('compares a one-axis story with its own axis only', async () => {
	const tracked = await browser.open(`/?story=${KYIV_INDEPENDENT}&view=compare`);
	const compare = tracked.page.getByTestId('compare');
	await compare.getByTestId('gained-pokrovsk').waitFor();
	expect(await compare.locator('article[data-axis]').count()).toBe(1);
	expect(await compare.getByTestId('verdict').count()).toBe(0);
	expect(await compare.textContent()).toContain('25 July 2024');
	expect(await compare.textContent()).toContain('Kostiantynivka');
	expectClean(tracked);
});

// The timeline spans both stories' statements; filtered, it keeps only the story's.
it('puts both stories on the timeline, and one with ?story=', async () => {
	const tracked = await browser.open('/?date=2024-07-31');
	const shown = tracked.page.getByTestId('timeline-statements');
	await expect.poll(() => shown.textContent()).toContain('Today, they (Russian forces)');
	expect(await shown.textContent()).toContain('The main objective today');
	const filtered = await browser.open(`/?story=${KYIV_INDEPENDENT}&date=2024-08-01`);
	const only = filtered.page.getByTestId('timeline-statements');
	await expect.poll(() => only.textContent()).toContain('Today, they (Russian forces)');
	expect(await only.textContent()).not.toContain('The main objective today');
	expect(await filtered.page.locator('button[data-date="2024-07-31"]').count()).toBe(0);
	expectClean(tracked);
	expectClean(filtered);
});
