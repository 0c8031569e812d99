/**
 * The studio turns an article into a story an editor has checked: the review round-trips to the
 * hand-made statements, and a quote that is not verbatim blocks publishing.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Statement } from '$lib/data/schema/statements';
import { expectClean, useBrowser } from './support/browser';
import {
	acceptWithUkrainian,
	cardOf,
	field,
	goldDirectQuotes,
	startBusinessInsider
} from './support/studio';

const browser = useBrowser();

/** Sets every field of `card` to the hand-made statement's values, then accepts it. */
async function matchGold(card: Locator, gold: Statement) {
	await field(card, 'Speaker').fill(gold.speaker.name);
	await field(card, 'Role').fill(gold.speaker.role);
	await field(card, 'Speaker (Ukrainian)').fill(gold.speaker.name_uk);
	await field(card, 'Role (Ukrainian)').fill(gold.speaker.role_uk);
	const [from, to] =
		typeof gold.said_on === 'string' ? [gold.said_on, ''] : [gold.said_on.from, gold.said_on.to];
	await field(card, 'Said on').fill(from);
	await field(card, 'Said by (range end, optional)').fill(to);
	await field(card, 'Date note').fill(gold.said_on_note ?? '');
	await field(card, 'Via').fill(gold.via ?? '');
	await field(card, 'Via (Ukrainian)').fill(gold.via_uk ?? '');
	await card.getByLabel('Wording').selectOption(gold.wording);
	await card.getByLabel('Kind').selectOption(gold.kind);
	const boxes = card.getByRole('checkbox');
	for (let i = 0; i < (await boxes.count()); i++) {
		const box = boxes.nth(i);
		const id = /\(([a-z0-9-]+)\)$/.exec((await box.locator('xpath=..').textContent())!.trim())![1]!;
		await box.setChecked(gold.places.includes(id));
	}
	await card.getByRole('button', { name: 'Accept' }).click();
}

/** Accepts the places `geodata/` has, rejects the rest (countries, far cities). */
async function acceptKnownPlaces(page: Page) {
	const cards = page.getByTestId('place-card');
	for (let i = 0; i < (await cards.count()); i++) {
		const card = cards.nth(i);
		const known = (await card.textContent())!.includes('already on the map');
		await card.getByRole('button', { name: known ? 'Accept' : 'Reject' }).click();
	}
}

async function downloadBundle(page: Page): Promise<Record<string, string>> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: "Download the story's files" }).click()
	]);
	const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	return Object.fromEntries(Object.entries(zip).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** A statement without its ids (the story's and its own), places in order. */
function comparable(statement: Statement) {
	const { id, article, ...rest } = statement;
	expect([id, article]).not.toContain('');
	return { ...rest, places: [...rest.places].sort() };
}
const byQuote = (a: { quote: string }, b: { quote: string }) => a.quote.localeCompare(b.quote);

describe('the studio', () => {
	it('round-trips the Business Insider article to its 7 hand-made direct quotes', async () => {
		const tracked = await browser.open('/studio/');
		const { page } = tracked;
		await startBusinessInsider(page);
		await page.getByLabel('Story id').fill('studio-round-trip');
		await page.getByLabel('How the date is known').fill('The copy says “Wednesday”: 31 July 2024.');
		await page.getByRole('button', { name: 'Reject all article sentences' }).click();
		const gold = goldDirectQuotes();
		expect(gold).toHaveLength(7);
		for (const statement of gold)
			await matchGold(await cardOf(page, statement.quote.slice(0, 20)), statement);
		await acceptKnownPlaces(page);
		await expect
			.poll(() => page.getByTestId('publish').textContent())
			.toContain('Ready to publish.');

		const files = await downloadBundle(page);
		const exported = (JSON.parse(files['geodata/statements.json']!) as Statement[]).filter(
			(s) => s.article === 'studio-round-trip'
		);
		expect(exported.map(comparable).sort(byQuote)).toEqual(gold.map(comparable).sort(byQuote));
		expect(files['geodata/articles/studio-round-trip.txt']).toContain(
			'throwing everything they have'
		);
		expectClean(tracked);
	});

	it('shows a quote that is no longer verbatim on its field and blocks publishing until it is undone', async () => {
		const tracked = await browser.open('/studio/');
		const { page } = tracked;
		await startBusinessInsider(page);
		await page.getByLabel('How the date is known').fill('The copy says “Wednesday”.');
		const card = await cardOf(page, 'throwing everything');
		await acceptWithUkrainian(card);
		const download = page.getByRole('button', { name: "Download the story's files" });
		await expect.poll(() => download.isEnabled()).toBe(true);

		const quote = field(card, 'Quote');
		await quote.focus();
		await page.keyboard.press('Control+a');
		await page.keyboard.insertText('throwing nothing they have');
		await expect
			.poll(() => card.locator('[data-field$=".quote"]').textContent())
			.toMatch(/^Quote: not found verbatim in articles\/.+\.txt$/);
		expect(await quote.getAttribute('aria-invalid')).toBe('true');
		expect(await download.isDisabled()).toBe(true);

		await page.keyboard.press('Control+z');
		await expect.poll(() => card.locator('[data-field$=".quote"]').count()).toBe(0);
		expect(await quote.inputValue()).toBe('throwing everything they have');
		await expect.poll(() => download.isEnabled()).toBe(true);
		expectClean(tracked);
	});

	it("previews an accepted quote in the reader's own place list and place panel", async () => {
		const tracked = await browser.open('/studio/');
		const { page } = tracked;
		await startBusinessInsider(page);
		await (
			await cardOf(page, 'throwing everything')
		)
			.getByRole('button', { name: 'Accept' })
			.click();
		await page.getByRole('button', { name: 'Preview as readers see it' }).click();
		const preview = page.getByTestId('preview');
		// The reader's place list: only the story's places, with its counts.
		const listed = preview.locator('nav.place-list button');
		await listed.first().waitFor();
		expect(await listed.allTextContents()).toEqual([
			expect.stringMatching(/^Pokrovsk\s.*1 statement/)
		]);
		// The reader's place panel, opened on that place, with the story's title and the quote.
		const panel = preview.getByTestId('place-panel');
		expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Pokrovsk');
		expect(await panel.locator('h3 cite').textContent()).toBe(
			'Zelenskyy says Russia is giving up on Kharkiv'
		);
		const card = panel.locator('figure.statement');
		expect(await card.count()).toBe(1);
		expect(await card.locator('blockquote').textContent()).toContain(
			'throwing everything they have'
		);
		expect(await card.locator('figcaption').textContent()).toMatch(
			/Volodymyr Zelenskyy,\s+Ukrainian President/
		);
		// Closing the panel leaves the list; choosing the place there opens it again.
		await panel.getByRole('button', { name: 'Close' }).click();
		await expect.poll(() => panel.count()).toBe(0);
		await listed.first().click();
		await panel.waitFor();
		expectClean(tracked);
	});
});
