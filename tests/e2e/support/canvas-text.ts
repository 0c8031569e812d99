/**
 * Reads the text a page draws on 2D canvases, so a test can check what an exported PNG says
 * without decoding the image.
 */
import type { Page } from 'playwright-core';

/** Before the page loads: record every string passed to `fillText`. */
export async function recordCanvasText(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const drawn: string[] = [];
		(window as unknown as { drawnText: string[] }).drawnText = drawn;
		const fillText = CanvasRenderingContext2D.prototype.fillText;
		CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
			drawn.push(text);
			return fillText.call(this, text, ...rest);
		};
	});
}

/** Everything drawn so far, in order, joined by single spaces (wrapped lines rejoin). */
export async function canvasText(page: Page): Promise<string> {
	const drawn = await page.evaluate(() => (window as unknown as { drawnText: string[] }).drawnText);
	return drawn.join(' ').replace(/\s+/g, ' ');
}

/** Opens the Download section and saves the map PNG. */
export async function downloadPng(page: Page): Promise<void> {
	await page.getByText('Download', { exact: true }).click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('download').getByRole('button', { name: 'Map image (PNG)' }).click()
	]);
	if ((await file.failure()) !== null)
		throw new Error(`PNG download failed: ${await file.failure()}`);
}
