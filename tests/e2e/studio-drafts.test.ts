/** Nothing is lost: a draft and every decision survive a reload; drafts can be kept side by side and discarded. */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, useBrowser } from './support/browser';
import { cardOf, field, startBusinessInsider } from './support/studio';

const browser = useBrowser();

const saved = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
const statusOf = async (page: Page, start: string) =>
	(await (await cardOf(page, start)).getByRole('heading').textContent())!.trim();

it('keeps the draft and every decision across a reload mid-review', async () => {
	const tracked = await browser.open('/studio/');
	const { page } = tracked;
	await startBusinessInsider(page);
	await (await cardOf(page, 'throwing everything')).getByRole('button', { name: 'Accept' }).click();
	await (await cardOf(page, 'tense and difficult')).getByRole('button', { name: 'Reject' }).click();
	await field(await cardOf(page, 'This operation is ongoing'), 'Role').fill('Kremlin spokesperson');
	await saved(page);

	await page.reload();
	await page.getByRole('heading', { name: /^Statements \(\d+\)$/ }).waitFor();
	expect(await statusOf(page, 'throwing everything')).toMatch(/\(accepted\)$/);
	expect(await statusOf(page, 'tense and difficult')).toMatch(/\(rejected\)$/);
	expect(await statusOf(page, 'failed to implement')).toMatch(/\(pending\)$/);
	expect(await field(await cardOf(page, 'This operation is ongoing'), 'Role').inputValue()).toBe(
		'Kremlin spokesperson'
	);
	expectClean(tracked);
});

it('writes the last edit at once when the editor reloads straight after it', async () => {
	const tracked = await browser.open('/studio/');
	const { page } = tracked;
	await startBusinessInsider(page);
	await saved(page);
	await page.getByLabel('Title', { exact: true }).fill('Edited just before the reload');
	await page.reload();
	await page.getByRole('heading', { name: /^Statements \(\d+\)$/ }).waitFor();
	expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(
		'Edited just before the reload'
	);
	expectClean(tracked);
});

it('keeps several drafts and discards one', async () => {
	const tracked = await browser.open('/studio/');
	const { page } = tracked;
	// Each title is the last edit before leaving the draft, with no wait for the delayed save.
	for (const title of ['First draft', 'Second draft']) {
		await startBusinessInsider(page);
		await page.getByLabel('Title', { exact: true }).fill(title);
		await page.getByRole('button', { name: 'All drafts' }).click();
	}
	const kept = page.getByRole('list').filter({ hasText: 'First draft' });
	await expect.poll(() => kept.getByRole('listitem').count()).toBe(2);

	await page.getByRole('button', { name: 'Discard First draft' }).click();
	await page.reload();
	await page.getByRole('heading', { name: 'Drafts kept in this browser' }).waitFor();
	const list = await page.getByRole('list').first().textContent();
	expect(list).toContain('Second draft');
	expect(list).not.toContain('First draft');
	expectClean(tracked);
});

it('is reviewed by keyboard alone: shortcuts accept, reject and move between statements', async () => {
	const tracked = await browser.open('/studio/');
	const { page } = tracked;
	await startBusinessInsider(page);
	const cards = page.getByTestId('statement-card');
	await cards.first().focus();
	await page.keyboard.press('a');
	await page.keyboard.press('j');
	expect(await cards.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
	await page.keyboard.press('r');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('k');
	await page.keyboard.press('k');
	expect(await cards.first().evaluate((el) => el === document.activeElement)).toBe(true);
	expect(await cards.nth(0).getByRole('heading').textContent()).toMatch(/\(accepted\)$/);
	expect(await cards.nth(1).getByRole('heading').textContent()).toMatch(/\(rejected\)$/);
	expect(await cards.nth(2).getByRole('heading').textContent()).toMatch(/\(pending\)$/);

	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	expect(await cards.nth(0).getByRole('heading').textContent()).toMatch(/\(pending\)$/);
	expectClean(tracked);
});
