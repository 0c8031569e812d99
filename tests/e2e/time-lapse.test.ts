import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';
import { colourDistance, pixelAt } from './support/pixels';
import { pixelOf } from './support/projection';

const browser = useBrowser();
/** Inside the largest part Russia gained between the weekly fronts of 15 and 22 August 2024 (west
 * of Pokrovsk's approach, about 1.8 km from the part's edge), found in geodata/gains/weekly/. */
const GAINED_IN_WEEK: [number, number] = [37.4233, 48.1832];
const camera = { zoom: 9, center: GAINED_IN_WEEK };
const HASH = '#map=9/48.1832/37.4233';
const dateOf = (url: string) => new URL(url).searchParams.get('date');

// The reader sees the front move: one step of the slider repaints ground the front crossed.
it('repaints the map where the front crossed between two weeks when the slider steps', async () => {
	const tracked = await browser.open('/?date=2024-08-15' + HASH);
	const { page } = tracked;
	await waitForMapIdle(page);
	const box = (await page.getByTestId('map').boundingBox())!;
	const { x, y } = pixelOf(GAINED_IN_WEEK, camera, box);
	const before = await pixelAt(page, x, y);
	const slider = page.getByRole('slider', { name: 'Week shown on the map' });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => dateOf(page.url())).toBe('2024-08-22');
	await expect
		.poll(async () => colourDistance(await pixelAt(page, x, y), before))
		.toBeGreaterThan(30);
	await expect
		.poll(() => page.getByTestId('time-lapse-date').innerText())
		.toBe('Front line of 22 August 2024');
	await expect
		.poll(() => page.locator('.side fieldset.legend').innerText())
		.toContain('Gained by Russia, 15 August 2024 – 22 August 2024');
	expectClean(tracked);
});

// Keyboard only: Home and End jump to the ends of the series, the arrows step a week.
it('works by keyboard alone: Home, End and the arrows move the date in the URL', async () => {
	const tracked = await browser.open('/?date=2024-07-04');
	const { page } = tracked;
	await waitForMapIdle(page);
	const slider = page.getByRole('slider', { name: 'Week shown on the map' });
	await slider.focus();
	await page.keyboard.press('End');
	await expect.poll(() => dateOf(page.url())).toBe('2024-08-29');
	await page.keyboard.press('Home');
	await expect.poll(() => dateOf(page.url())).toBe('2024-05-09');
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => dateOf(page.url())).toBe('2024-05-16');
	expect(await slider.getAttribute('aria-valuetext')).toBe('16 May 2024');
	// Tab reaches the play button and Enter starts it.
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	await expect.poll(() => dateOf(page.url()), { timeout: 5000 }).toBe('2024-05-23');
	expectClean(tracked);
});

// Play steps the map through the weeks on its own.
it('advances the date in the URL while playing, and stops on pause', async () => {
	const tracked = await browser.open('/?date=2024-07-25');
	const { page } = tracked;
	await waitForMapIdle(page);
	const play = page.getByRole('button', { name: 'Play' });
	await play.click();
	await expect.poll(() => dateOf(page.url()), { timeout: 5000 }).toBe('2024-08-01');
	await expect.poll(() => dateOf(page.url()), { timeout: 5000 }).toBe('2024-08-08');
	await page.getByRole('button', { name: 'Pause' }).click();
	expect(await page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe(
		'false'
	);
	expectClean(tracked);
});

// A reader who asked for reduced motion gets no autoplay: stepping stays theirs.
it('offers no play under reduced motion', async () => {
	const tracked = await browser.open('/?date=2024-07-25', {
		context: { reducedMotion: 'reduce' }
	});
	const { page } = tracked;
	await waitForMapIdle(page);
	expect(await page.getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
	await expect
		.poll(() => page.locator('#time-lapse-motion').innerText())
		.toContain('reduced motion');
	expectClean(tracked);
});

// The statements of a week are flagged on the track; picking a flag shows the week and its
// statements, and picking one of those opens it in its article.
it('flags the weeks with statements; a flagged statement opens in its article', async () => {
	const tracked = await browser.open('/?date=2024-05-16');
	const { page } = tracked;
	await waitForMapIdle(page);
	await page.getByRole('button', { name: /^Week up to 1 August 2024: \d+ statements$/ }).click();
	await expect.poll(() => dateOf(page.url())).toBe('2024-08-01');
	const open = page
		.getByTestId('time-lapse-statements')
		.getByRole('button', { name: /^Open the statement of .* in its article$/ })
		.first();
	await open.click();
	await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('article');
	await expect.poll(() => page.getByTestId('article').locator('mark:focus').count()).toBe(1);
	expectClean(tracked);
});

// Weekly geometry is lazy: the first view fetches none of it; the first step fetches every week
// in one file, and later steps fetch nothing more (a step only shows that week's layers).
it('fetches the weeks once, at the first step, and nothing at the steps after', async () => {
	const geojson: string[] = [];
	const tracked = await browser.open('/', {
		prepare: async (page) => {
			page.on('request', (request) => {
				if (new URL(request.url()).pathname.endsWith('.geojson')) geojson.push(request.url());
			});
		}
	});
	const { page } = tracked;
	await waitForMapIdle(page);
	const weekly = () => geojson.filter((url) => url.includes('/weekly-map.'));
	expect(weekly()).toEqual([]);
	const slider = page.getByRole('slider', { name: 'Week shown on the map' });
	await slider.focus();
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => weekly().length).toBe(1);
	await waitForMapIdle(page);
	const fetched = geojson.length;
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => dateOf(page.url())).toBe('2024-08-08');
	await waitForMapIdle(page);
	expect(geojson.slice(fetched)).toEqual([]);
	expectClean(tracked);
});

// A story whose front at publication is a weekly snapshot (the Kyiv Independent's) opens on that
// front without a date: that is not the time-lapse, so the weeks' file stays unfetched.
it('fetches no weeks for a story opened on a weekly front without a date', async () => {
	const geojson: string[] = [];
	const tracked = await browser.open('/?story=ki-2024-07-pokrovsk-main-target', {
		prepare: async (page) => {
			page.on('request', (request) => {
				if (new URL(request.url()).pathname.endsWith('.geojson')) geojson.push(request.url());
			});
		}
	});
	await waitForMapIdle(tracked.page);
	expect(geojson.length).toBeGreaterThan(0);
	expect(geojson.filter((url) => url.includes('/weekly-map.'))).toEqual([]);
	expectClean(tracked);
});

// A step back hides the later week again: the ground gained in it is unpainted, exactly as a
// page opened on the earlier week draws it.
it('shows the earlier front again after stepping back a week', async () => {
	const tracked = await browser.open('/?date=2024-08-15' + HASH);
	const { page } = tracked;
	await waitForMapIdle(page);
	const box = (await page.getByTestId('map').boundingBox())!;
	const { x, y } = pixelOf(GAINED_IN_WEEK, camera, box);
	const earlier = await pixelAt(page, x, y);
	const slider = page.getByRole('slider', { name: 'Week shown on the map' });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect
		.poll(async () => colourDistance(await pixelAt(page, x, y), earlier))
		.toBeGreaterThan(30);
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => dateOf(page.url())).toBe('2024-08-15');
	await expect.poll(async () => colourDistance(await pixelAt(page, x, y), earlier)).toBeLessThan(4);
	expectClean(tracked);
});
