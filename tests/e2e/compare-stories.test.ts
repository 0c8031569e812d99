import { expect, it } from 'vitest';
import { expectClean, useBrowser } from './support/browser';

const browser = useBrowser();

// Without ?story= the compare view offers the axes of every story that defines them (issue #19):
// picking the Kyiv Independent's story sets its one axis, measured on a whole oblast, alone.
it('offers every story with axes and compares the one picked', async () => {
	const tracked = await browser.open('/?view=compare');
	const { page } = tracked;
	const compare = page.getByTestId('compare');
	const picker = compare.getByRole('combobox', { name: 'Compare the axes of' });
	await compare.getByTestId('verdict').waitFor();
	expect(await picker.locator('option').allInnerTexts()).toEqual([
		"Business Insider: Zelenskyy says Russia is giving up on Kharkiv, months after Moscow tried to blow open the war's northeastern front",
		"The Kyiv Independent: Pokrovsk became Russia's main target after Kharkiv push failed, Zelensky says"
	]);
	await picker.selectOption({ label: await picker.locator('option').nth(1).innerText() });
	await expect.poll(() => compare.locator('article[data-axis]').count()).toBe(1);
	await expect
		.poll(() => compare.getByTestId('compare-method').innerText())
		.toContain('Pokrovsk axis: ground in Donetsk Oblast, whole oblasts.');
	await compare.getByTestId('gained-pokrovsk').waitFor();
	expect(await compare.getByTestId('verdict').count()).toBe(0);
	expect(await compare.getByTestId('compare-span').innerText()).toContain(
		'from 25 July 2024 to 1 August 2024'
	);
	expect(await compare.locator('article[data-axis]').innerText()).toContain('Kostiantynivka');
	expectClean(tracked);
});

// Under ?story= the view compares that story's axes only, with nothing to pick.
it('offers no picker when the page is filtered to one story', async () => {
	const tracked = await browser.open('/?view=compare&story=bi-2024-07-zelenskyy-kharkiv');
	const compare = tracked.page.getByTestId('compare');
	await compare.getByTestId('verdict').waitFor();
	expect(await compare.getByRole('combobox').count()).toBe(0);
	expect(await compare.locator('article[data-axis]').count()).toBe(2);
	expectClean(tracked);
});
