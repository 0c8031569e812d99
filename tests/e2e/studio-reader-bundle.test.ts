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
	const scripts: Promise<{ url: string; text: string }>[] = [];
	const tracked = await browser.open('/', {
		prepare: async (page) => {
			page.on('response', (response: Response) => {
				if (response.url().endsWith('.js'))
					scripts.push(response.text().then((text) => ({ url: response.url(), text })));
			});
		}
	});
	const { page } = tracked;
	await waitForMapIdle(page);
	await page.locator('button[data-place="pokrovsk"]').click();
	await page.getByTestId('place-panel').locator('figure.statement').first().waitFor();
	const loaded = await Promise.all(scripts);
	expect(loaded.length).toBeGreaterThan(3);
	const studio = loaded.flatMap(({ url, text }) =>
		STUDIO_ONLY.filter((word) => text.includes(word)).map((word) => `${url}: ${word}`)
	);
	expect(studio).toEqual([]);
	expectClean(tracked);
});
