import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';

const browser = useBrowser();

// At 1440 × 900 the page was 30 px taller than the window, so the header scrolled away.
it('fits the page to a 1440 × 900 window, the side column scrolling on its own', async () => {
	const tracked = await browser.open('/', { context: { viewport: { width: 1440, height: 900 } } });
	await waitForMapIdle(tracked.page);
	const [pageHeight, windowHeight] = await tracked.page.evaluate(() => [
		document.scrollingElement!.scrollHeight,
		innerHeight
	]);
	expect(pageHeight).toBe(windowHeight);
	expectClean(tracked);
});
