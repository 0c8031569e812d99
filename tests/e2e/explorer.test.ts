import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { palettes } from '../../src/lib/theme/palette';
import { colourDistance, hexToRgb, pixelAt } from './support/pixels';
import { pixelOf } from './support/projection';

const browser = useBrowser();
const camera = { zoom: 7, center: [36.9, 49.2] as [number, number] };
const HASH = '#map=7/49.2/36.9';
const POKROVSK: [number, number] = [37.17706, 48.28014];
/** Inside the area occupied since 2014–15, east of Horlivka, away from labels. */
const OCCUPIED: [number, number] = [38.75, 48.15];
/** Farmland inside Kharkiv oblast, west of Kharkiv: no place, label, town or front line. */
const KHARKIV_OBLAST_FARMLAND: [number, number] = [35.75, 49.6];

async function mapPixel(
	tracked: Awaited<ReturnType<typeof browser.open>>,
	point: [number, number]
) {
	const box = (await tracked.page.getByTestId('map').boundingBox())!;
	return pixelOf(point, camera, box);
}

// The core promise: clicking a place on the map shows what the article says about it.
it('opens Pokrovsk’s statements on a click at its pixel, and records it in the URL', async () => {
	const tracked = await browser.open('/' + HASH);
	await waitForMapIdle(tracked.page);
	const { x, y } = await mapPixel(tracked, POKROVSK);
	await tracked.page.mouse.click(x, y);
	const panel = tracked.page.getByTestId('place-panel');
	await expect.poll(() => panel.textContent()).toContain('throwing everything they have');
	expect(new URL(tracked.page.url()).searchParams.get('place')).toBe('pokrovsk');
	expectClean(tracked);
});

// A shared link restores the selection it was made with.
it('restores ?place=belgorod with its buffer-zone statement', async () => {
	const tracked = await browser.open('/?place=belgorod');
	const panel = tracked.page.getByTestId('place-panel');
	await expect.poll(() => panel.textContent()).toContain('buffer zone to protect its border city');
	await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Belgorod');
	await waitForMapIdle(tracked.page);
	expectClean(tracked);
});

// A broken link must fall back to the default view, never to an error.
it('ignores an unknown ?place= without errors', async () => {
	const tracked = await browser.open('/?place=nonsense');
	await waitForMapIdle(tracked.page);
	expect(await tracked.page.getByTestId('place-panel').count()).toBe(0);
	expectClean(tracked);
});

// Keyboard users reach every place through the list, without the mouse.
it('opens Sloviansk from the place list by keyboard only', async () => {
	const tracked = await browser.open('/');
	await waitForMapIdle(tracked.page);
	const sloviansk = tracked.page.locator('button[data-place="sloviansk"]');
	for (let presses = 0; presses < 40; presses++) {
		if (await sloviansk.evaluate((el) => el === document.activeElement)) break;
		await tracked.page.keyboard.press('Tab');
	}
	await tracked.page.keyboard.press('Enter');
	const panel = tracked.page.getByTestId('place-panel');
	await expect.poll(() => panel.textContent()).toContain('though Sloviansk is not excluded');
	expectClean(tracked);
});

// The legend's toggle really hides and shows the occupied area on the map.
it('toggles the front-line overlay off and on, changing the pixels inside the occupied area', async () => {
	const tracked = await browser.open('/' + HASH);
	await waitForMapIdle(tracked.page);
	const { x, y } = await mapPixel(tracked, OCCUPIED);
	const shown = await pixelAt(tracked.page, x, y);
	const toggle = tracked.page.getByLabel('Occupied by Russia, 1 August 2024');
	await toggle.uncheck();
	await expect
		.poll(async () => colourDistance(await pixelAt(tracked.page, x, y), shown))
		.toBeGreaterThan(20);
	await toggle.check();
	await expect
		.poll(async () => colourDistance(await pixelAt(tracked.page, x, y), shown))
		.toBeLessThanOrEqual(3);
	expectClean(tracked);
});

// The article's regions are outlined at rest; the selected one is tinted, so the reader sees
// which oblast the panel is about.
it('tints Kharkiv oblast only while it is selected', async () => {
	const rest = await browser.open('/' + HASH);
	await waitForMapIdle(rest.page);
	const { x, y } = await mapPixel(rest, KHARKIV_OBLAST_FARMLAND);
	const plain = hexToRgb(palettes.light.ukraine);
	expect(colourDistance(await pixelAt(rest.page, x, y), plain)).toBeLessThanOrEqual(6);
	expectClean(rest);
	const selected = await browser.open('/?place=kharkiv-oblast' + HASH);
	await waitForMapIdle(selected.page);
	await selected.page.getByTestId('place-panel').waitFor();
	await expect
		.poll(async () => colourDistance(await pixelAt(selected.page, x, y), plain))
		.toBeGreaterThan(20);
	expectClean(selected);
});

// The regions are not filled at rest, yet a click anywhere inside one still selects it.
it('selects Kharkiv oblast on a click inside it, away from its outline', async () => {
	const tracked = await browser.open('/' + HASH);
	await waitForMapIdle(tracked.page);
	const { x, y } = await mapPixel(tracked, KHARKIV_OBLAST_FARMLAND);
	await tracked.page.mouse.click(x, y);
	const heading = tracked.page.getByTestId('place-panel').getByRole('heading', { level: 2 });
	await expect.poll(() => heading.textContent()).toBe('Kharkiv Oblast');
	expect(new URL(tracked.page.url()).searchParams.get('place')).toBe('kharkiv-oblast');
	expectClean(tracked);
});

// Clicking empty map and pressing Escape both clear the selection.
it('clears the selection on a click on empty map and on Escape', async () => {
	const tracked = await browser.open('/?place=pokrovsk' + HASH);
	await waitForMapIdle(tracked.page);
	const panel = tracked.page.getByTestId('place-panel');
	await panel.waitFor();
	const box = (await tracked.page.getByTestId('map').boundingBox())!;
	// Far west of the view: open Ukrainian farmland with no place or article region.
	await tracked.page.mouse.click(box.x + 20, box.y + box.height / 2);
	await expect.poll(() => panel.count()).toBe(0);
	await tracked.page.locator('button[data-place="kharkiv"]').click();
	await panel.waitFor();
	await tracked.page.keyboard.press('Escape');
	await expect.poll(() => panel.count()).toBe(0);
	expect(new URL(tracked.page.url()).searchParams.has('place')).toBe(false);
	expectClean(tracked);
});

// Back and forward walk through the places the reader selected.
it('restores earlier selections with back and forward', async () => {
	const tracked = await browser.open('/' + HASH);
	await waitForMapIdle(tracked.page);
	const heading = tracked.page.getByTestId('place-panel').getByRole('heading', { level: 2 });
	await tracked.page.locator('button[data-place="pokrovsk"]').click();
	await expect.poll(() => heading.textContent()).toBe('Pokrovsk');
	await tracked.page.locator('button[data-place="kharkiv"]').click();
	await expect.poll(() => heading.textContent()).toBe('Kharkiv');
	await tracked.page.goBack();
	await expect.poll(() => heading.textContent()).toBe('Pokrovsk');
	await tracked.page.goForward();
	await expect.poll(() => heading.textContent()).toBe('Kharkiv');
	expectClean(tracked);
});

// Researchers check a quote against its source in one click.
it('shows a statement in context: the article opens at its highlighted passage', async () => {
	const tracked = await browser.open('/?place=sloviansk');
	const panel = tracked.page.getByTestId('place-panel');
	await panel.getByRole('button', { name: 'in context' }).first().click();
	const article = tracked.page.getByTestId('article');
	const focused = article.locator('mark:focus');
	await expect.poll(() => focused.textContent()).toContain('though Sloviansk is not excluded');
	expectClean(tracked);
});

// Place names in the article are links that select the place.
it('selects a place from a name in the article', async () => {
	const tracked = await browser.open('/?view=article');
	await tracked.page
		.getByTestId('article')
		.getByRole('button', { name: 'Belgorod' })
		.first()
		.click();
	const panel = tracked.page.getByTestId('place-panel');
	await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Belgorod');
	expectClean(tracked);
});

// Hovering a place tells the reader it can be clicked.
it('shows a pointer cursor over a place and not over empty map', async () => {
	const tracked = await browser.open('/' + HASH);
	await waitForMapIdle(tracked.page);
	const canvas = tracked.page.locator('canvas.maplibregl-canvas');
	const { x, y } = await mapPixel(tracked, POKROVSK);
	await tracked.page.mouse.move(x, y);
	await expect
		.poll(() => canvas.evaluate((el) => (el as HTMLElement).style.cursor))
		.toBe('pointer');
	const box = (await tracked.page.getByTestId('map').boundingBox())!;
	await tracked.page.mouse.move(box.x + 20, box.y + box.height / 2);
	await expect.poll(() => canvas.evaluate((el) => (el as HTMLElement).style.cursor)).toBe('');
	expectClean(tracked);
});

// A reader who opens a tool section while the page is still loading must not see it snap shut.
it('keeps a section opened before the page hydrated open, with its content', async () => {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	const tracked = await browser.open('/', {
		prepare: async (page) => {
			await page.route('**/_app/immutable/entry/app.*.js', async (route) => {
				await held;
				await route.continue();
			});
		},
		waitUntil: 'commit'
	});
	const summary = tracked.page.getByText('Download', { exact: true });
	await summary.click();
	release();
	await expect.poll(() => tracked.page.getByTestId('download').getByRole('button').count()).toBe(4);
	expect(await tracked.page.locator('details.drawer[open]').count()).toBe(1);
	expectClean(tracked);
});
