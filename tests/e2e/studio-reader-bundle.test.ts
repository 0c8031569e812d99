/** The studio stays out of the reader's page: none of the JS `/` loads (its lazy panels included) holds studio code. */
import type { Response } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';

const browser = useBrowser();

/** Words that only the studio's modules (src/lib/studio/) carry. */
const STUDIO_ONLY = [
	'Preview as readers see it',
	"Download the story's files",
	'Analyse the text',
	'coordinates_note',
	'frontline-studio'
];

it("loads no studio code on the reader's page, even with a place's panel open", async () => {
	const scripts: Response[] = [];
	const record = (response: Response) => {
		if (response.url().endsWith('.js')) scripts.push(response);
	};
	const tracked = await browser.open('/', {
		prepare: async (page) => void page.on('response', record)
	});
	const { page } = tracked;
	await waitForMapIdle(page);
	await page.locator('button[data-place="pokrovsk"]').click();
	await page.getByTestId('place-panel').locator('figure.statement').first().waitFor();
	page.off('response', record);
	const loaded = await Promise.all(
		scripts.map(async (response) => ({ url: response.url(), text: await response.text() }))
	);
	expect(loaded.length).toBeGreaterThan(3);
	const studio = loaded.flatMap(({ url, text }) =>
		STUDIO_ONLY.filter((word) => text.includes(word)).map((word) => `${url}: ${word}`)
	);
	expect(studio).toEqual([]);
	expectClean(tracked);
});
