/** The studio is for every editor: axe (every rule) finds nothing on the start, review and preview screens, light and dark. */
import { expect, it } from 'vitest';
import { expectClean, useBrowser } from './support/browser';
import { allRuleViolations } from './support/axe';
import { cardOf, startBusinessInsider } from './support/studio';

const browser = useBrowser();

for (const colorScheme of ['light', 'dark'] as const) {
	it(`has no axe violations on the start, review and preview screens (${colorScheme})`, async () => {
		const tracked = await browser.open('/studio/', { context: { colorScheme } });
		const { page } = tracked;
		await page.getByRole('heading', { name: 'Start a story' }).waitFor();
		expect(await allRuleViolations(page)).toEqual([]);

		await startBusinessInsider(page);
		await (
			await cardOf(page, 'throwing everything')
		)
			.getByRole('button', { name: 'Accept' })
			.click();
		await page.getByRole('button', { name: 'Accept all places' }).click();
		await page.getByTestId('publish').getByRole('status').waitFor();
		expect(await allRuleViolations(page)).toEqual([]);

		await page.getByRole('button', { name: 'Preview as readers see it' }).click();
		await page.getByTestId('preview').getByTestId('place-panel').waitFor();
		expect(await allRuleViolations(page)).toEqual([]);
		expectClean(tracked);
	});
}
